-- Creates an account with its roles and records who did it, in one statement.
-- $1 username, $2 display name, $3 password hash or NULL, $4 roles, $5 OIDC subject or NULL, $6 actor, $7 ip.
WITH created AS (
  INSERT INTO app_user (username, display_name, password_hash, oidc_subject, password_changed_at)
  VALUES ($1, $2, $3, $5, CASE WHEN $3::text IS NULL THEN NULL ELSE now() END)
  RETURNING id, username
),
granted AS (
  INSERT INTO user_role (user_id, role)
  SELECT created.id, role FROM created, unnest($4::text[]) AS role
),
recorded AS (
  INSERT INTO audit_event (actor, action, target, ip, details)
  SELECT $6, 'user.create', created.username, $7::inet, jsonb_build_object('roles', $4::text[], 'oidc', $5::text IS NOT NULL)
  FROM created
)
SELECT id FROM created;
