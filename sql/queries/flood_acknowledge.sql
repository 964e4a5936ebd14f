-- Acknowledges an alert once, with the operator's note, and records it in the audit trail.
-- $1 alert id, $2 note, $3 username, $4 ip.
WITH acknowledged AS (
  UPDATE flood_alert
  SET acknowledged_at = now(), acknowledged_by = $3, ack_note = nullif($2, '')
  WHERE id = $1 AND acknowledged_at IS NULL
  RETURNING id, sensor_id, kind
),
recorded AS (
  INSERT INTO audit_event (actor, action, target, ip, details)
  SELECT $3, 'alert.acknowledge', acknowledged.id::text, $4::inet,
         jsonb_build_object('sensor', acknowledged.sensor_id, 'kind', acknowledged.kind, 'note', nullif($2, ''))
  FROM acknowledged
)
SELECT id FROM acknowledged;
