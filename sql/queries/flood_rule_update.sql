-- Sets a gauge's rule overrides (NULL keeps the default) and records the change with before and after.
-- $1 sensor, $2 basis, $3 hysteresis %, $4 rise cm, $5 rise minutes, $6 rain 1 h mm, $7 rain 24 h mm,
-- $8 stale factor, $9 max jump cm, $10 flat minutes, $11 actor, $12 ip.
WITH before AS (
  SELECT to_jsonb(e) - 'sensor_id' - 'layer' - 'updated_at' - 'updated_by' AS rule
  FROM flood_rule_effective AS e
  WHERE e.sensor_id = $1
),
saved AS (
  INSERT INTO flood_rule (sensor_id, basis, hysteresis_pct, rise_cm, rise_minutes, rain_1h_mm, rain_24h_mm, stale_factor, max_jump_cm, flat_minutes, updated_by)
  SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11 FROM before
  ON CONFLICT (sensor_id) DO UPDATE
  SET basis = excluded.basis, hysteresis_pct = excluded.hysteresis_pct, rise_cm = excluded.rise_cm,
      rise_minutes = excluded.rise_minutes, rain_1h_mm = excluded.rain_1h_mm, rain_24h_mm = excluded.rain_24h_mm,
      stale_factor = excluded.stale_factor, max_jump_cm = excluded.max_jump_cm, flat_minutes = excluded.flat_minutes,
      updated_at = now(), updated_by = excluded.updated_by
  RETURNING sensor_id
),
recorded AS (
  INSERT INTO audit_event (actor, action, target, ip, details)
  SELECT $11, 'rule.update', $1::text, $12::inet,
         jsonb_build_object('before', before.rule, 'after', jsonb_strip_nulls(jsonb_build_object(
           'basis', $2::text, 'hysteresis_pct', $3::numeric, 'rise_cm', $4::numeric, 'rise_minutes', $5::integer,
           'rain_1h_mm', $6::numeric, 'rain_24h_mm', $7::numeric, 'stale_factor', $8::numeric,
           'max_jump_cm', $9::numeric, 'flat_minutes', $10::integer)))
  FROM before
)
SELECT sensor_id FROM saved;
