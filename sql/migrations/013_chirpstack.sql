-- LoRaWAN uplinks from a ChirpStack v4 HTTP integration. A device profile maps keys of the decoded `object` to
-- observed properties; the device's tags `layer` and `feature` name the sensor; `deduplicationId` makes a resend
-- harmless.

CREATE TABLE IF NOT EXISTS chirpstack_profile_field (
  device_profile text NOT NULL,
  object_key text NOT NULL,
  observed_property text NOT NULL,
  PRIMARY KEY (device_profile, object_key)
);

INSERT INTO chirpstack_profile_field (device_profile, object_key, observed_property)
VALUES
  ('atlas-water-level', 'levelCm', 'stage'),
  ('atlas-water-level', 'flowM3s', 'discharge'),
  ('atlas-rain', 'rainMm', 'rainfall'),
  ('atlas-traffic', 'light', 'vehicles_light'),
  ('atlas-traffic', 'heavy', 'vehicles_heavy'),
  ('atlas-traffic', 'speedKmh', 'mean_speed')
ON CONFLICT DO NOTHING;

CREATE TABLE IF NOT EXISTS ingest_receipt (
  source text NOT NULL,
  receipt_key text NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (source, receipt_key)
);
