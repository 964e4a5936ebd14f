-- Readings of one datastream for charts. $1 datastream, $2 from, $3 to (exclusive), $4 bucket width or NULL for
-- raw readings, $5 most points. Buckets carry mean, min and max so peaks survive the downsampling.
WITH
  reading AS (
    SELECT CASE WHEN $4::interval IS NULL THEN o.phenomenon_time ELSE date_bin($4::interval, o.phenomenon_time, timestamptz '2000-01-01') END AS time,
           o.value
    FROM observation AS o
    WHERE o.datastream_id = $1 AND o.phenomenon_time >= $2 AND o.phenomenon_time < $3
  )
SELECT time, avg(value) AS mean, min(value) AS min, max(value) AS max, count(*)::integer AS count
FROM reading
GROUP BY time
ORDER BY time
LIMIT $5;
