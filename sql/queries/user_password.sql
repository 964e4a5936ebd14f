-- Sets a new password hash, ends the account's sessions and records the change. $1 username, $2 hash, $3 actor, $4 ip.
WITH account AS (
  UPDATE app_user
  SET password_hash = $2, password_changed_at = now()
  WHERE username = $1
  RETURNING id, username
),
ended AS (
  DELETE FROM user_session AS s USING account WHERE s.user_id = account.id
),
recorded AS (
  INSERT INTO audit_event (actor, action, target, ip)
  SELECT $3, 'user.password', account.username, $4::inet FROM account
)
SELECT id FROM account;
