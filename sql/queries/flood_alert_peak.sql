-- Raises the recorded peak of the latest alert of a kind that had started by then. $1 sensor, $2 kind, $3 time, $4 value.
UPDATE flood_alert
SET peak_value = $4, peak_at = $3
WHERE id = (
    SELECT a.id FROM flood_alert AS a
    WHERE a.sensor_id = $1 AND a.kind = $2 AND a.started_at <= $3
    ORDER BY a.started_at DESC
    LIMIT 1
  )
  AND (peak_value IS NULL OR peak_value < $4);
