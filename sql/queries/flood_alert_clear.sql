-- Closes the open alert of a kind at a gauge. $1 sensor, $2 kind, $3 time, $4 value.
UPDATE flood_alert
SET ended_at = $3, end_value = $4
WHERE sensor_id = $1 AND kind = $2 AND ended_at IS NULL
RETURNING id;
