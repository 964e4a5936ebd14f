-- Readings for the live stream in commit order, after the stream position ($1 batch, $2 ordinal within it: the
-- reading's rank by seq in its batch) and up to batch $3, at most $4 of them.
WITH
  logged AS (
    SELECT b.position, row_number() OVER (PARTITION BY b.position ORDER BY u.seq) AS ordinal, u.seq
    FROM stream_batch AS b
    CROSS JOIN LATERAL (
      SELECT generate_series(lower(r), upper(r) - 1) AS seq
      FROM unnest(b.seq_ranges) AS r
    ) AS u
    WHERE b.position >= $1 AND b.position <= $3
  )
SELECT logged.position, logged.ordinal, o.seq, o.datastream_id, o.phenomenon_time, o.value,
       d.observed_property, d.unit_symbol, s.id AS sensor_id, s.layer, s.feature_id, s.lon, s.lat
FROM logged
JOIN observation AS o ON o.seq = logged.seq
JOIN datastream AS d ON d.id = o.datastream_id
JOIN sensor AS s ON s.id = d.sensor_id
WHERE (logged.position, logged.ordinal) > ($1, $2)
ORDER BY logged.position, logged.ordinal
LIMIT $4;
