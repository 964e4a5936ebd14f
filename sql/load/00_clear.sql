-- Empties every data table before a full, deterministic reload (runs inside the load transaction).
TRUNCATE base_station_5g, corridor_5g, traffic_sensor, brownfield, rain_gauge, flood_gauge, water_body, river,
  municipality, district, region;
