-- Every datastream with what the simulator needs to make its readings plausible.
SELECT d.id AS datastream, d.observed_property AS property, extract(epoch FROM d.expected_interval)::integer * 1000 AS interval_ms,
       s.layer, s.feature_id AS feature,
       g.river_name AS river,
       (rank() OVER (PARTITION BY g.river_name ORDER BY g.catchment_km2) - 1)::integer AS river_rank,
       greatest(coalesce(g.spa1_cm * 0.45, nullif(g.drought_cm, 0) * 1.6, 80), 20)::double precision AS base_cm,
       g.spa1_cm::double precision AS spa1_cm, g.spa3_cm::double precision AS spa3_cm, g.spa1_m3s::double precision AS spa1_m3s,
       t.typical_daily_volume AS daily_volume, t.heavy_vehicle_share::double precision AS heavy_share, t.road_class,
       c.bandwidth_mbps
FROM datastream AS d
JOIN sensor AS s ON s.id = d.sensor_id
LEFT JOIN flood_gauge AS g ON s.layer = 'flood_gauges' AND g.id = s.feature_id
LEFT JOIN traffic_sensor AS t ON s.layer = 'traffic_sensors' AND t.id = s.feature_id
LEFT JOIN corridor_5g AS c ON s.layer = 'corridors_5g' AND c.id = s.feature_id
ORDER BY d.id;
