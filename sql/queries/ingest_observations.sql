-- Stores a batch of validated readings, once each: a (datastream, phenomenon_time) seen before is a duplicate, and
-- of equal readings within the batch the first is stored. "Latest" moves only forward in device time.
-- $1 datastream ids, $2 phenomenon times in epoch milliseconds, $3 values. Returns the 1-based position in the batch
-- and the seq of each stored reading.
WITH
  input AS (
    SELECT t.datastream_id, to_timestamp(t.epoch_ms / 1000) AS phenomenon_time, t.value, t.ordinal
    FROM unnest($1::integer[], $2::double precision[], $3::double precision[]) WITH ORDINALITY AS t (datastream_id, epoch_ms, value, ordinal)
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
SELECT DISTINCT ON (inserted.seq) input.ordinal, inserted.seq
FROM inserted
JOIN input USING (datastream_id, phenomenon_time)
ORDER BY inserted.seq, input.ordinal;
