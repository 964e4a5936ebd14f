-- Appends the readings of the ingest transaction to the stream log and wakes every app instance's stream. Run
-- last before COMMIT: the advisory lock is held until the transaction ends, so positions follow commit order.
-- $1 the observation seqs of the batch.
WITH
  commit_order AS (
    SELECT pg_advisory_xact_lock(hashtextextended('region-atlas stream log', 0))
  ),
  appended AS (
    INSERT INTO stream_batch (seq_ranges)
    SELECT (SELECT range_agg(int8range(seq, seq, '[]')) FROM unnest($1::bigint[]) AS seq)
    FROM commit_order
    RETURNING position
  )
SELECT position, pg_notify('atlas_observations', position::text)
FROM appended;
