-- Stores what the evaluator concluded for a gauge. $1 sensor, $2 level, $3 quality, $4 value, $5 rate per hour,
-- $6 time of the newest judged reading.
UPDATE flood_state
SET level = $2, quality = $3, value = coalesce($4, value), rate_per_hour = $5,
    observed_at = greatest(observed_at, $6), updated_at = now()
WHERE sensor_id = $1;
