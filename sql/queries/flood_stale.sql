-- Opens a `stale` alert for every gauge whose newest reading is older than its hold-off (stale_factor × expected
-- interval) at $1, and marks its state. Gauges that never reported are not stale, just without data.
WITH latest AS (
  SELECT d.sensor_id, max(l.phenomenon_time) AS at, max(d.expected_interval) AS expected_interval
  FROM datastream AS d
  JOIN datastream_latest AS l ON l.datastream_id = d.id
  GROUP BY d.sensor_id
),
overdue AS (
  SELECT latest.sensor_id, latest.at
  FROM latest
  JOIN flood_rule_effective AS r USING (sensor_id)
  WHERE latest.at < $1::timestamptz - r.stale_factor * latest.expected_interval
),
raised AS (
  INSERT INTO flood_alert (sensor_id, kind, severity, started_at, details)
  SELECT overdue.sensor_id, 'stale', 1, $1, jsonb_build_object('lastReadingAt', overdue.at)
  FROM overdue
  ON CONFLICT (sensor_id, kind) WHERE ended_at IS NULL DO NOTHING
  RETURNING id, sensor_id
),
marked AS (
  INSERT INTO flood_state (sensor_id, quality)
  SELECT raised.sensor_id, 'stale' FROM raised
  ON CONFLICT (sensor_id) DO UPDATE
  SET quality = CASE WHEN flood_state.quality = 'fault' THEN 'fault' ELSE 'stale' END, updated_at = now()
)
SELECT id FROM raised;
