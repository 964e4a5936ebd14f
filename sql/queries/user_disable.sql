-- Disables or re-enables an account; disabling ends its sessions. $1 username, $2 disabled, $3 actor, $4 ip.
WITH account AS (
  UPDATE app_user
  SET disabled_at = CASE WHEN $2::boolean THEN coalesce(disabled_at, now()) END
  WHERE username = $1
  RETURNING id, username
),
ended AS (
  DELETE FROM user_session AS s USING account WHERE s.user_id = account.id AND $2::boolean
),
recorded AS (
  INSERT INTO audit_event (actor, action, target, ip)
  SELECT $3, CASE WHEN $2::boolean THEN 'user.disable' ELSE 'user.enable' END, account.username, $4::inet FROM account
)
SELECT id FROM account;
