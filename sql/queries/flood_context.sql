-- The gauges (water-level and rain) whose datastreams a batch touched, locked for this transaction so that two
-- batches for one gauge are judged one after the other. Per gauge: its effective rule, the official thresholds on
-- its basis (SPA4 is the extreme level only where ČHMÚ set it above SPA 3; a few stations list it lower), its last judged state, its open alerts and its datastreams. $1 datastream ids of the batch.
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
         WHEN 'discharge' THEN array[g.spa1_m3s, g.spa2_m3s, g.spa3_m3s, CASE WHEN g.spa4_m3s > coalesce(g.spa3_m3s, 0) THEN g.spa4_m3s END]
         ELSE array[g.spa1_cm, g.spa2_cm, g.spa3_cm, CASE WHEN g.spa4_cm > coalesce(g.spa3_cm, 0) THEN g.spa4_cm END]
       END::double precision[] AS thresholds,
       array(SELECT a.kind FROM flood_alert AS a WHERE a.sensor_id = s.id AND a.ended_at IS NULL) AS open_kinds,
       (SELECT jsonb_object_agg(d.observed_property, jsonb_build_object('id', d.id, 'minutes', extract(epoch FROM d.expected_interval) / 60))
        FROM datastream AS d WHERE d.sensor_id = s.id) AS datastreams
FROM locked
JOIN sensor AS s ON s.id = locked.sensor_id
JOIN flood_rule_effective AS r ON r.sensor_id = s.id
LEFT JOIN flood_gauge AS g ON s.layer = 'flood_gauges' AND g.id = s.feature_id
ORDER BY s.id;
