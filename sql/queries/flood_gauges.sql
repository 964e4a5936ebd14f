-- Every water-level and rain gauge with its state, thresholds on its basis, latest readings and data age, worst
-- first: level, then data quality, then how fast it is rising.
SELECT s.id AS sensor, s.layer, s.feature_id AS feature, s.name, s.lon, s.lat,
       g.river_name AS river, r.basis,
       CASE r.basis
         WHEN 'discharge' THEN array[t.spa1_m3s, t.spa2_m3s, t.spa3_m3s, t.extreme_m3s]
         ELSE array[t.spa1_cm, t.spa2_cm, t.spa3_cm, t.extreme_cm]
       END::double precision[] AS thresholds,
       coalesce(st.level, CASE WHEN t.without_spa THEN 'none' ELSE 'normal' END) AS level,
       coalesce(st.quality, 'ok') AS quality,
       st.value, st.rate_per_hour AS "ratePerHour",
       (SELECT max(l.phenomenon_time) FROM datastream AS d JOIN datastream_latest AS l ON l.datastream_id = d.id WHERE d.sensor_id = s.id) AS "observedAt",
       (SELECT count(*)::integer FROM flood_alert AS a WHERE a.sensor_id = s.id AND a.ended_at IS NULL AND a.acknowledged_at IS NULL) AS unacknowledged
FROM sensor AS s
JOIN flood_rule_effective AS r ON r.sensor_id = s.id
LEFT JOIN flood_gauge AS g ON s.layer = 'flood_gauges' AND g.id = s.feature_id
LEFT JOIN flood_gauge_threshold AS t ON t.id = g.id
LEFT JOIN flood_state AS st ON st.sensor_id = s.id
ORDER BY array_position(array['extreme', 'spa3', 'spa2', 'spa1', 'normal', 'none'], coalesce(st.level, 'normal')),
         array_position(array['fault', 'stale', 'ok'], coalesce(st.quality, 'ok')),
         st.rate_per_hour DESC NULLS LAST,
         s.layer, s.name;
