-- Traffic counting points and 5G corridors. No open source exists for these in the region: rows are generated
-- (synthetic = true) from the facts in sql/data/SOURCES.md.

CREATE TABLE IF NOT EXISTS traffic_sensor (
  id integer PRIMARY KEY,
  code text NOT NULL UNIQUE,
  name text NOT NULL,
  road text NOT NULL,                           -- D8, I/13 …
  road_class text NOT NULL CHECK (road_class IN ('motorway', 'class_1')),
  directions text[] NOT NULL,
  lanes smallint NOT NULL CHECK (lanes > 0),
  typical_daily_volume integer NOT NULL CHECK (typical_daily_volume >= 0),
  heavy_vehicle_share numeric NOT NULL CHECK (heavy_vehicle_share BETWEEN 0 AND 1),
  kod_obec integer REFERENCES municipality (kod_obec),
  synthetic boolean NOT NULL,
  geom geometry(Point, 3857) NOT NULL
);

CREATE TABLE IF NOT EXISTS corridor_5g (
  id integer PRIMARY KEY,
  code text NOT NULL UNIQUE,
  name text NOT NULL,
  operator text NOT NULL,
  status text NOT NULL CHECK (status IN ('planned', 'piloting', 'live')),
  bandwidth_mbps integer NOT NULL,
  latency_ms numeric NOT NULL,
  length_km numeric NOT NULL,
  synthetic boolean NOT NULL,
  geom geometry(LineString, 3857) NOT NULL
);

CREATE TABLE IF NOT EXISTS base_station_5g (
  id integer PRIMARY KEY,
  code text NOT NULL UNIQUE,
  corridor_id integer NOT NULL REFERENCES corridor_5g (id),
  operator text NOT NULL,
  status text NOT NULL CHECK (status IN ('planned', 'piloting', 'live')),
  synthetic boolean NOT NULL,
  geom geometry(Point, 3857) NOT NULL
);

CREATE INDEX IF NOT EXISTS traffic_sensor_geom_idx ON traffic_sensor USING gist (geom);
CREATE INDEX IF NOT EXISTS corridor_5g_geom_idx ON corridor_5g USING gist (geom);
CREATE INDEX IF NOT EXISTS base_station_5g_geom_idx ON base_station_5g USING gist (geom);
