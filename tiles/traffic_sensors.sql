-- Traffic counters (synthetic); at most 1,000 per tile below z10 and 2,500 below z12,
-- busiest first.
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
    SELECT s.id,
           s.code,
           s.name,
           s.road,
           s.road_class,
           array_to_string(s.directions, ' / ') AS directions,
           s.lanes::integer AS lanes,
           s.typical_daily_volume,
           s.heavy_vehicle_share::double precision AS heavy_vehicle_share,
           s.synthetic,
           ST_AsMVTGeom(s.geom, tile.envelope, 4096, 64, true) AS geom
    FROM traffic_sensor AS s
    CROSS JOIN tile
    WHERE s.geom && tile.search_area
      AND ST_Intersects(s.geom, tile.envelope)
      AND s.display_zoom <= tile.z
    ORDER BY s.typical_daily_volume DESC, s.id
    LIMIT CASE WHEN $1 < 10 THEN 1000 WHEN $1 < 12 THEN 2500 ELSE 20000 END
  )
SELECT ST_AsMVT(feature, 'traffic_sensors', 4096, 'geom', 'id')
FROM feature
WHERE geom IS NOT NULL;
