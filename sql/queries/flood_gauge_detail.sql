-- One gauge for its page: names, official thresholds in both units, drought levels, the effective rule and
-- datastreams. $1 sensor id.
SELECT s.id AS sensor, s.layer, s.feature_id AS feature, s.name, g.river_name AS river, g.dbc,
       jsonb_build_object('spa1', t.spa1_cm, 'spa2', t.spa2_cm, 'spa3', t.spa3_cm, 'extreme', t.extreme_cm, 'drought', t.drought_cm) AS "thresholdsCm",
       jsonb_build_object('spa1', t.spa1_m3s, 'spa2', t.spa2_m3s, 'spa3', t.spa3_m3s, 'extreme', t.extreme_m3s, 'drought', t.drought_m3s) AS "thresholdsM3s",
       to_jsonb(r) - 'sensor_id' - 'layer' AS rule,
       (SELECT jsonb_object_agg(d.observed_property, d.id) FROM datastream AS d WHERE d.sensor_id = s.id) AS datastreams
FROM sensor AS s
JOIN flood_rule_effective AS r ON r.sensor_id = s.id
LEFT JOIN flood_gauge AS g ON s.layer = 'flood_gauges' AND g.id = s.feature_id
LEFT JOIN flood_gauge_threshold AS t ON t.id = g.id
WHERE s.id = $1;
