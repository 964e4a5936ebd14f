-- Datastreams with their sensor and latest reading. $1 layer or NULL, $2 feature id or NULL.
SELECT d.id, d.observed_property AS property, d.unit_symbol AS unit, extract(epoch FROM d.expected_interval)::integer AS interval_s,
       d.min_value, d.max_value, s.id AS sensor, s.layer, s.feature_id AS feature, s.name, s.lon, s.lat,
       l.phenomenon_time AS latest_time, l.value AS latest_value
FROM datastream AS d
JOIN sensor AS s ON s.id = d.sensor_id
LEFT JOIN datastream_latest AS l ON l.datastream_id = d.id
WHERE ($1::text IS NULL OR s.layer = $1) AND ($2::integer IS NULL OR s.feature_id = $2)
ORDER BY d.id;
