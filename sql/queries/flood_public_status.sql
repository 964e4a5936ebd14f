-- The public face of the flood watch: per ČHMÚ gauge its flood-activity level, data quality, latest stage and
-- discharge and the official thresholds. No operator notes, no acknowledgements.
SELECT g.id, g.dbc, g.station_name AS name, g.river_name AS river, s.lon, s.lat,
       coalesce(st.level, CASE WHEN t.without_spa THEN 'none' ELSE 'normal' END) AS level,
       coalesce(st.quality, 'ok') AS quality,
       stage.value AS "stageCm", discharge.value AS "dischargeM3s",
       greatest(stage.phenomenon_time, discharge.phenomenon_time) AS "observedAt",
       jsonb_build_object('spa1', t.spa1_cm, 'spa2', t.spa2_cm, 'spa3', t.spa3_cm, 'extreme', t.extreme_cm) AS "thresholdsCm",
       jsonb_build_object('spa1', t.spa1_m3s, 'spa2', t.spa2_m3s, 'spa3', t.spa3_m3s, 'extreme', t.extreme_m3s) AS "thresholdsM3s"
FROM flood_gauge AS g
JOIN flood_gauge_threshold AS t ON t.id = g.id
JOIN sensor AS s ON s.layer = 'flood_gauges' AND s.feature_id = g.id
LEFT JOIN flood_state AS st ON st.sensor_id = s.id
LEFT JOIN LATERAL (
  SELECT l.value, l.phenomenon_time FROM datastream AS d JOIN datastream_latest AS l ON l.datastream_id = d.id
  WHERE d.sensor_id = s.id AND d.observed_property = 'stage'
) AS stage ON true
LEFT JOIN LATERAL (
  SELECT l.value, l.phenomenon_time FROM datastream AS d JOIN datastream_latest AS l ON l.datastream_id = d.id
  WHERE d.sensor_id = s.id AND d.observed_property = 'discharge'
) AS discharge ON true
ORDER BY g.river_name, g.station_name;
