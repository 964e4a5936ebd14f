-- The live stream's log: one row per committed ingest batch, numbered in commit order. Observation seqs are drawn
-- by concurrent transactions and may commit out of order, so "everything after seq N" can miss a batch that
-- committed late. A position is drawn under a transaction lock held until COMMIT: whoever has seen position P has
-- seen every batch committed before it, and Last-Event-ID replays exactly what came after.
CREATE TABLE IF NOT EXISTS stream_batch (
  position bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  committed_at timestamptz NOT NULL DEFAULT now(),
  seqs bigint[] NOT NULL                        -- observation.seq of the batch's readings, in ingest order
);

-- Retention prunes by age.
CREATE INDEX IF NOT EXISTS stream_batch_committed_at_brin ON stream_batch USING brin (committed_at);
