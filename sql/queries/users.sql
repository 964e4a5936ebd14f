-- Accounts for the admin page, with roles and session counts.
SELECT u.id, u.username, u.display_name AS "displayName",
       array(SELECT r.role FROM user_role AS r WHERE r.user_id = u.id ORDER BY r.role) AS roles,
       u.oidc_subject IS NOT NULL AS oidc,
       u.created_at AS "createdAt", u.disabled_at AS "disabledAt",
       (SELECT count(*)::integer FROM user_session AS s WHERE s.user_id = u.id AND s.expires_at > now()) AS sessions,
       (SELECT max(a.at) FROM audit_event AS a WHERE a.action = 'login' AND a.target = u.username) AS "lastLoginAt"
FROM app_user AS u
ORDER BY u.username;
