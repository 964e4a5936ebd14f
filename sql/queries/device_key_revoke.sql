-- Revokes an active device key by prefix or id and records who did it. $1 prefix or id, $2 actor, $3 ip.
WITH revoked AS (
  UPDATE device_key
  SET revoked_at = now(), revoked_by = $2
  WHERE (prefix = $1 OR id::text = $1) AND revoked_at IS NULL
  RETURNING id, prefix, name
),
recorded AS (
  INSERT INTO audit_event (actor, action, target, ip, details)
  SELECT $2, 'key.revoke', revoked.prefix, $3::inet, jsonb_build_object('name', revoked.name)
  FROM revoked
)
SELECT id FROM revoked;
