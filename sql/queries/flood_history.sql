-- Readings the evaluator needs: per datastream, everything from its look-back start on. $1 datastream ids,
-- $2 look-back starts (same order).
SELECT o.datastream_id, o.phenomenon_time, o.value
FROM unnest($1::integer[], $2::timestamptz[]) AS w (datastream_id, since)
JOIN observation AS o ON o.datastream_id = w.datastream_id AND o.phenomenon_time >= w.since
ORDER BY o.datastream_id, o.phenomenon_time;
