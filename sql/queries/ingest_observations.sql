-- Stores a batch of validated readings, once each: a (datastream, phenomenon_time) seen before is a duplicate.
-- "Latest" moves only forward in device time. $1 datastream ids, $2 phenomenon times, $3 values.
WITH
  input AS (
    SELECT *
    FROM unnest($1::integer[], $2::timestamptz[], $3::double precision[]) AS t (datastream_id, phenomenon_time, value)
  ),
  inserted AS (
    INSERT INTO observation (datastream_id, phenomenon_time, value)
    SELECT datastream_id, phenomenon_time, value FROM input
    ON CONFLICT (datastream_id, phenomenon_time) DO NOTHING
    RETURNING datastream_id, phenomenon_time, value, seq
  ),
  newest AS (
    SELECT DISTINCT ON (datastream_id) datastream_id, phenomenon_time, value, seq
    FROM inserted
    ORDER BY datastream_id, phenomenon_time DESC
  ),
  latest AS (
    INSERT INTO datastream_latest (datastream_id, phenomenon_time, value, seq)
    SELECT datastream_id, phenomenon_time, value, seq FROM newest
    ON CONFLICT (datastream_id) DO UPDATE
      SET phenomenon_time = excluded.phenomenon_time, value = excluded.value, seq = excluded.seq
      WHERE datastream_latest.phenomenon_time < excluded.phenomenon_time
  )
SELECT datastream_id, phenomenon_time, seq
FROM inserted;
