-- 5G base stations (synthetic); at most 2,500 per tile below z12.
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
    SELECT b.id,
           b.code,
           b.corridor_id,
           b.operator,
           b.status,
           b.synthetic,
           ST_AsMVTGeom(b.geom, tile.envelope, 4096, 64, true) AS geom
    FROM base_station_5g AS b
    CROSS JOIN tile
    WHERE b.geom && tile.search_area
      AND ST_Intersects(b.geom, tile.envelope)
      AND b.display_zoom <= tile.z
    ORDER BY b.id
    LIMIT CASE WHEN $1 < 12 THEN 2500 ELSE 20000 END
  )
SELECT ST_AsMVT(feature, 'base_stations_5g', 4096, 'geom', 'id')
FROM feature
WHERE geom IS NOT NULL;
