-- A batch's readings mostly have consecutive seqs, so the log keeps them as ranges: a few bytes per batch instead of
-- eight per reading. Entries logged before are converted.
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM information_schema.columns WHERE table_name = 'stream_batch' AND column_name = 'seqs') THEN
    ALTER TABLE stream_batch ADD COLUMN seq_ranges int8multirange;
    UPDATE stream_batch AS b SET seq_ranges = (SELECT range_agg(int8range(s, s, '[]')) FROM unnest(b.seqs) AS s);
    ALTER TABLE stream_batch DROP COLUMN seqs;
    ALTER TABLE stream_batch ALTER COLUMN seq_ranges SET NOT NULL;
  END IF;
END
$$;
