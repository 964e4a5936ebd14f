-- Failed logins within the last $3 for an account ($1) and from an address ($2), for throttling.
SELECT count(*) FILTER (WHERE a.target = $1)::integer AS account,
       count(*) FILTER (WHERE a.ip = $2::inet)::integer AS address,
       max(a.at) FILTER (WHERE a.target = $1) AS account_latest,
       max(a.at) FILTER (WHERE a.ip = $2::inet) AS address_latest
FROM audit_event AS a
WHERE a.action = 'login.failed'
  AND a.at > now() - $3::interval
  AND (a.target = $1 OR a.ip = $2::inet);
