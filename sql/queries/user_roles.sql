-- Replaces an account's roles and records the change. $1 username, $2 roles, $3 actor, $4 ip.
WITH account AS (
  SELECT u.id, u.username,
         array(SELECT r.role FROM user_role AS r WHERE r.user_id = u.id ORDER BY r.role) AS before
  FROM app_user AS u
  WHERE u.username = $1
),
revoked AS (
  DELETE FROM user_role AS r
  USING account
  WHERE r.user_id = account.id AND r.role <> ALL ($2::text[])
),
granted AS (
  INSERT INTO user_role (user_id, role)
  SELECT account.id, role FROM account, unnest($2::text[]) AS role
  ON CONFLICT DO NOTHING
),
recorded AS (
  INSERT INTO audit_event (actor, action, target, ip, details)
  SELECT $3, 'user.roles', account.username, $4::inet, jsonb_build_object('before', account.before, 'after', $2::text[])
  FROM account
)
SELECT id FROM account;
