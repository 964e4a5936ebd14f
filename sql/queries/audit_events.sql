-- Audit events, newest first, filtered by the admin page. $1 action prefix, $2 actor, $3 target, $4 from, $5 to
-- (wall-clock times in Prague, as the page shows them), $6 text in any field, $7 before this id (paging), $8 limit.
SELECT a.id, a.at, a.actor, a.action, a.target, host(a.ip) AS ip, a.details
FROM audit_event AS a
WHERE ($1::text IS NULL OR a.action = $1 OR a.action LIKE $1 || '.%')
  AND ($2::text IS NULL OR a.actor = $2)
  AND ($3::text IS NULL OR a.target = $3)
  AND ($4::timestamp IS NULL OR a.at >= ($4::timestamp AT TIME ZONE 'Europe/Prague'))
  AND ($5::timestamp IS NULL OR a.at < ($5::timestamp AT TIME ZONE 'Europe/Prague'))
  AND ($6::text IS NULL OR strpos(lower(concat_ws(' ', a.actor, a.action, a.target, host(a.ip), a.details::text)), lower($6)) > 0)
  AND ($7::bigint IS NULL OR a.id < $7)
ORDER BY a.id DESC
LIMIT $8;
