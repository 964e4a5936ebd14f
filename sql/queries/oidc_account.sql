-- The account linked to an OpenID Connect identity, with its roles. $1 `iss sub`.
SELECT u.id, u.username, u.disabled_at IS NOT NULL AS disabled,
       array(SELECT r.role FROM user_role AS r WHERE r.user_id = u.id ORDER BY r.role) AS roles
FROM app_user AS u
WHERE u.oidc_subject = $1;
