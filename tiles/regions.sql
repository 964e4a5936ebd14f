-- Region outlines; generalised geometry below z10, lightly simplified (10 m) above.
WITH
  -- $1 z, $2 x, $3 y; $4 true when the viewer may see restricted records. Features must touch the tile
  -- itself; the 64-unit buffer only keeps clipped lines and outlines continuous across tile edges.
  tile AS (
    SELECT $1::integer AS z,
           ST_TileEnvelope($1, $2, $3) AS envelope,
           ST_TileEnvelope($1, $2, $3, margin => 64.0 / 4096) AS search_area,
           $4::boolean AS include_restricted
  ),
  feature AS (
    SELECT r.kod_kraj AS id,
           r.nuts3,
           r.name,
           ST_AsMVTGeom(CASE WHEN tile.z < 10 THEN r.geom_low ELSE r.geom_mid END, tile.envelope, 4096, 64, true) AS geom
    FROM region AS r
    CROSS JOIN tile
    WHERE r.geom && tile.search_area
      AND ST_Intersects(CASE WHEN tile.z < 10 THEN r.geom_low ELSE r.geom_mid END, tile.envelope)
  )
SELECT ST_AsMVT(feature, 'regions', 4096, 'geom', 'id')
FROM feature
WHERE geom IS NOT NULL;
