-- The gauges (water-level and rain) whose datastreams a batch touched, locked for this transaction so that two
-- batches for one gauge are judged one after the other. Per gauge: its effective rule, the official thresholds on
-- its basis (flood_gauge_threshold), its last judged state, its open alerts and its datastreams. $1 datastream ids of the batch.
WITH touched AS (
  SELECT DISTINCT d.sensor_id
  FROM datastream AS d
  WHERE d.id = ANY ($1::integer[])
),
locked AS (
  SELECT st.sensor_id, st.observed_at
  FROM flood_state AS st
  JOIN touched USING (sensor_id)
  ORDER BY st.sensor_id
  FOR UPDATE OF st
)
SELECT s.id AS sensor_id, s.layer, locked.observed_at,
       r.basis, r.hysteresis_pct, r.rise_cm, r.rise_minutes, r.rain_1h_mm, r.rain_24h_mm, r.max_jump_cm, r.flat_minutes,
       CASE r.basis
         WHEN 'discharge' THEN array[t.spa1_m3s, t.spa2_m3s, t.spa3_m3s, t.extreme_m3s]
         ELSE array[t.spa1_cm, t.spa2_cm, t.spa3_cm, t.extreme_cm]
       END::double precision[] AS thresholds,
       array(SELECT a.kind FROM flood_alert AS a WHERE a.sensor_id = s.id AND a.ended_at IS NULL) AS open_kinds,
       (SELECT jsonb_object_agg(d.observed_property, jsonb_build_object('id', d.id, 'minutes', extract(epoch FROM d.expected_interval) / 60))
        FROM datastream AS d WHERE d.sensor_id = s.id) AS datastreams
FROM locked
JOIN sensor AS s ON s.id = locked.sensor_id
JOIN flood_rule_effective AS r ON r.sensor_id = s.id
LEFT JOIN flood_gauge_threshold AS t ON s.layer = 'flood_gauges' AND t.id = s.feature_id
ORDER BY s.id;
