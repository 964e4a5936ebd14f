-- The datastreams of each kind of sensor, with unit, expected interval and physically possible range.
WITH
  kind (layer, observed_property, unit_name, unit_symbol, expected_interval, min_value, max_value) AS (
    VALUES
      ('flood_gauges', 'stage', 'centimetre', 'cm', interval '10 minutes', -100, 2500),
      ('flood_gauges', 'discharge', 'cubic metre per second', 'm³/s', interval '10 minutes', 0, 15000),
      ('rain_gauges', 'rainfall', 'millimetre per 10 minutes', 'mm', interval '10 minutes', 0, 150),
      ('traffic_sensors', 'vehicles_light', 'vehicles per 15 minutes', 'veh', interval '15 minutes', 0, 5000),
      ('traffic_sensors', 'vehicles_heavy', 'vehicles per 15 minutes', 'veh', interval '15 minutes', 0, 2000),
      ('traffic_sensors', 'mean_speed', 'kilometre per hour', 'km/h', interval '15 minutes', 0, 250),
      ('corridors_5g', 'throughput', 'megabit per second', 'Mbit/s', interval '1 minute', 0, 20000),
      ('corridors_5g', 'latency', 'millisecond', 'ms', interval '1 minute', 0, 10000)
  )
INSERT INTO datastream (sensor_id, observed_property, unit_name, unit_symbol, expected_interval, min_value, max_value)
SELECT s.id, k.observed_property, k.unit_name, k.unit_symbol, k.expected_interval, k.min_value, k.max_value
FROM sensor AS s
JOIN kind AS k USING (layer)
ORDER BY s.id, k.observed_property
ON CONFLICT (sensor_id, observed_property) DO NOTHING;
