-- Readings for the live stream, in arrival order: $1 after this seq, $2 up to this seq, $3 at most this many.
SELECT o.seq, o.datastream_id, o.phenomenon_time, o.value, d.observed_property, d.unit_symbol,
       s.id AS sensor_id, s.layer, s.feature_id, s.lon, s.lat
FROM observation AS o
JOIN datastream AS d ON d.id = o.datastream_id
JOIN sensor AS s ON s.id = d.sensor_id
WHERE o.seq > $1 AND o.seq <= $2
ORDER BY o.seq
LIMIT $3;
