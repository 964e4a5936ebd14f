-- The account behind a session token, if the session is neither idle too long nor past its absolute expiry.
-- Marks the session as seen at most every 30 s, so a map's burst of tile requests writes once.
-- $1 token SHA-256, $2 idle timeout (interval).
WITH live AS (
  SELECT s.token_sha256, s.user_id, s.last_seen_at
  FROM user_session AS s
  WHERE s.token_sha256 = $1
    AND s.expires_at > now()
    AND s.last_seen_at > now() - $2::interval
),
touched AS (
  UPDATE user_session AS s
  SET last_seen_at = now()
  FROM live
  WHERE s.token_sha256 = live.token_sha256
    AND live.last_seen_at < now() - interval '30 seconds'
)
SELECT u.id, u.username, u.display_name AS "displayName",
       array(SELECT r.role FROM user_role AS r WHERE r.user_id = u.id ORDER BY r.role) AS roles
FROM live
JOIN app_user AS u ON u.id = live.user_id
WHERE u.disabled_at IS NULL;
