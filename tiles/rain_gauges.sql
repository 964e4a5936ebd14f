-- Rain gauges (synthetic).
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
    SELECT r.id,
           r.code,
           r.name,
           r.catchment,
           r.synthetic,
           ST_AsMVTGeom(r.geom, tile.envelope, 4096, 64, true) AS geom
    FROM rain_gauge AS r
    CROSS JOIN tile
    WHERE r.geom && tile.search_area
      AND ST_Intersects(r.geom, tile.envelope)
  )
SELECT ST_AsMVT(feature, 'rain_gauges', 4096, 'geom', 'id')
FROM feature
WHERE geom IS NOT NULL;
