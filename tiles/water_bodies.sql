-- Lakes and reservoirs (ArcČR 500).
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
    SELECT w.id,
           w.name,
           w.elevation_m,
           ST_AsMVTGeom(w.geom, tile.envelope, 4096, 64, true) AS geom
    FROM water_body AS w
    CROSS JOIN tile
    WHERE w.geom && tile.search_area
      AND ST_Intersects(w.geom, tile.envelope)
  )
SELECT ST_AsMVT(feature, 'water_bodies', 4096, 'geom', 'id')
FROM feature
WHERE geom IS NOT NULL;
