-- Opens an alert. $1 sensor, $2 kind, $3 severity, $4 threshold, $5 unit, $6 time, $7 value, $8 details.
INSERT INTO flood_alert (sensor_id, kind, severity, threshold, unit, started_at, start_value, peak_value, peak_at, details)
VALUES ($1, $2, $3, $4, $5, $6, $7, $7, $6, $8)
ON CONFLICT (sensor_id, kind) WHERE ended_at IS NULL DO NOTHING
RETURNING id;
