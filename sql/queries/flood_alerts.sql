-- Alerts for the operator view and the stream: open ones and those that started or ended since $1, or the ones
-- with the ids in $2. Newest first.
SELECT a.id, a.sensor_id AS sensor, s.layer, s.feature_id AS feature, s.name, s.lon, s.lat,
       a.kind, a.severity, a.threshold, a.unit,
       a.started_at AS "startedAt", a.start_value AS "startValue", a.peak_value AS "peakValue", a.peak_at AS "peakAt",
       a.ended_at AS "endedAt", a.end_value AS "endValue",
       a.acknowledged_at AS "acknowledgedAt", a.acknowledged_by AS "acknowledgedBy", a.ack_note AS "ackNote", a.details
FROM flood_alert AS a
JOIN sensor AS s ON s.id = a.sensor_id
WHERE CASE
        WHEN $2::bigint[] IS NOT NULL THEN a.id = ANY ($2::bigint[])
        ELSE a.ended_at IS NULL OR a.started_at >= $1 OR a.ended_at >= $1
      END
ORDER BY (a.ended_at IS NULL) DESC, a.severity DESC, a.started_at DESC
LIMIT 500;
