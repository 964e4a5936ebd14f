-- Creates a device key scoped to all datastreams ($4 NULL) or to the listed ones, and records who made it.
-- Creates nothing and reports the unknown ids when any listed datastream does not exist.
-- $1 name, $2 prefix, $3 secret SHA-256, $4 datastream ids or NULL, $5 actor, $6 ip.
WITH requested AS (
  SELECT id FROM unnest($4::integer[]) AS id
),
missing AS (
  SELECT coalesce(array_agg(r.id ORDER BY r.id), '{}') AS ids
  FROM requested AS r
  WHERE NOT EXISTS (SELECT 1 FROM datastream AS d WHERE d.id = r.id)
),
created AS (
  INSERT INTO device_key (name, prefix, secret_sha256, all_datastreams, created_by)
  SELECT $1, $2, $3, $4::integer[] IS NULL, $5
  FROM missing
  WHERE cardinality(missing.ids) = 0
  RETURNING id
),
scoped AS (
  INSERT INTO device_key_datastream (key_id, datastream_id)
  SELECT created.id, requested.id FROM created, requested
),
recorded AS (
  INSERT INTO audit_event (actor, action, target, ip, details)
  SELECT $5, 'key.create', $2, $6::inet, jsonb_build_object('name', $1::text, 'datastreams', $4::integer[])
  FROM created
)
SELECT (SELECT id FROM created) AS id, missing.ids AS missing FROM missing;
