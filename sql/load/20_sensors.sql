-- One sensor per gauge, rain gauge, traffic counter and 5G corridor. Upserts: telemetry outlives data reloads.
WITH
  feature AS (
    SELECT 'flood_gauges' AS layer, g.id AS feature_id, g.station_name || ' (' || g.river_name || ')' AS name, g.geom
    FROM flood_gauge AS g
    UNION ALL
    SELECT 'rain_gauges', r.id, r.name, r.geom FROM rain_gauge AS r
    UNION ALL
    SELECT 'traffic_sensors', s.id, s.name, s.geom FROM traffic_sensor AS s
    UNION ALL
    SELECT 'corridors_5g', c.id, c.name, ST_LineInterpolatePoint(c.geom, 0.5) FROM corridor_5g AS c
  ),
  located AS (
    SELECT layer, feature_id, name, ST_Transform(geom, 4326) AS point FROM feature
  )
INSERT INTO sensor (layer, feature_id, name, lon, lat)
SELECT layer, feature_id, name, ST_X(point), ST_Y(point)
FROM located
ORDER BY layer, feature_id
ON CONFLICT (layer, feature_id) DO UPDATE SET name = excluded.name, lon = excluded.lon, lat = excluded.lat;
