-- Moves each datastream's "latest" to the newest reading a batch stored, only forward in device time. Its row locks
-- last until COMMIT and every batch of a datastream needs them, so ingest runs it last but for the stream log.
-- $1 datastream ids, ascending (concurrent batches lock in one order), $2 phenomenon times in epoch milliseconds,
-- $3 values, $4 observation seqs.
INSERT INTO datastream_latest (datastream_id, phenomenon_time, value, seq)
SELECT t.datastream_id, to_timestamp(t.epoch_ms / 1000), t.value, t.seq
FROM unnest($1::integer[], $2::double precision[], $3::double precision[], $4::bigint[]) AS t (datastream_id, epoch_ms, value, seq)
ORDER BY t.datastream_id
ON CONFLICT (datastream_id) DO UPDATE
  SET phenomenon_time = excluded.phenomenon_time, value = excluded.value, seq = excluded.seq
  WHERE datastream_latest.phenomenon_time < excluded.phenomenon_time;
