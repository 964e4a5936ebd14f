-- Readings the evaluator needs: per datastream, everything from its look-back start on. $1 datastream ids,
-- $2 look-back starts (same order). One index range scan per datastream: with the windows as a parameter the
-- planner cannot tell how few rows they select, and a join over them read every partition in full (240 ms a batch).
SELECT w.datastream_id, o.phenomenon_time, o.value
FROM unnest($1::integer[], $2::timestamptz[]) AS w (datastream_id, since)
CROSS JOIN LATERAL (
  SELECT o.phenomenon_time, o.value
  FROM observation AS o
  WHERE o.datastream_id = w.datastream_id
    AND o.phenomenon_time >= w.since
  ORDER BY o.phenomenon_time
) AS o
ORDER BY w.datastream_id, o.phenomenon_time;
