-- Ranked search. $1 the query as typed, $2 how many results, $3 true when restricted records may be found.
WITH
  query AS (
    SELECT search_normalize(trim($1)) AS key, lower(trim($1)) AS code
  ),
  -- Candidates: trigram-similar names (GIN index), names containing the query, or codes starting with it.
  candidate AS (
    SELECT e.*, similarity(e.name_key, query.key) AS likeness, query.key AS query_key
    FROM search_entry AS e
    CROSS JOIN query
    WHERE (e.public OR $3::boolean)
      AND (e.name_key % query.key OR e.name_key LIKE '%' || query.key || '%' OR e.code_key LIKE query.code || '%')
  ),
  -- Exact name, then name prefix, then a word of the name starting with the query, then trigram likeness;
  -- among equals, larger places first.
  ranked AS (
    SELECT c.*,
           CASE
             WHEN c.name_key = c.query_key OR c.code_key = c.query_key THEN 4
             WHEN c.name_key LIKE c.query_key || '%' OR c.code_key LIKE c.query_key || '%' THEN 3
             WHEN c.name_key ~ ('(^|[^[:alnum:]])' || regexp_replace(c.query_key, '([^[:alnum:] ])', '\\\1', 'g')) THEN 2
             ELSE 1
           END AS tier
    FROM candidate AS c
  )
SELECT layer, feature_id AS id, name, code, context, lon, lat, west, south, east, north
FROM ranked
ORDER BY tier DESC, likeness DESC, weight DESC, name
LIMIT $2;
