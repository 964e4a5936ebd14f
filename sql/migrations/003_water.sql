-- Rivers, water bodies and gauges. Gauge thresholds are ČHMÚ's own (SPA1–3, SPA4 = extreme, DRY = drought)
-- and stay NULL where ČHMÚ sets none: nothing here invents a threshold.

CREATE TABLE IF NOT EXISTS river (
  id integer PRIMARY KEY,                       -- position in the shipped ArcČR 500 file, stable for that file
  name text NOT NULL,
  kind smallint NOT NULL,                       -- ArcČR TYP
  major boolean NOT NULL,                       -- Labe, Ohře
  geom geometry(MultiLineString, 3857) NOT NULL,
  geom_low geometry(MultiLineString, 3857) GENERATED ALWAYS AS (ST_Multi(ST_Simplify(geom, 150))) STORED
);

CREATE TABLE IF NOT EXISTS water_body (
  id integer PRIMARY KEY,
  name text NOT NULL,
  elevation_m integer,
  geom geometry(MultiPolygon, 3857) NOT NULL
);

CREATE TABLE IF NOT EXISTS flood_gauge (
  id integer PRIMARY KEY,                       -- ČHMÚ station number DBC as an integer (086000 → 86000)
  dbc text NOT NULL UNIQUE,                     -- as ČHMÚ writes it, with leading zeros
  obj_id text NOT NULL,
  station_name text NOT NULL,
  river_name text NOT NULL,
  region_name text NOT NULL,
  threshold_kind text,                          -- SPA_TYP: 'H' = stage is the primary trigger
  spa1_cm numeric, spa2_cm numeric, spa3_cm numeric, spa4_cm numeric, drought_cm numeric,
  spa1_m3s numeric, spa2_m3s numeric, spa3_m3s numeric, spa4_m3s numeric, drought_m3s numeric,
  catchment_km2 numeric,
  hydro_order text,                             -- HLGP4, e.g. 1-13-05-0210
  geom geometry(Point, 3857) NOT NULL
);

CREATE TABLE IF NOT EXISTS rain_gauge (
  id integer PRIMARY KEY,
  code text NOT NULL UNIQUE,
  name text NOT NULL,
  catchment text NOT NULL,                      -- HLGP4 prefix of the gauges it serves
  flood_gauge_id integer REFERENCES flood_gauge (id),
  synthetic boolean NOT NULL,
  geom geometry(Point, 3857) NOT NULL
);

CREATE INDEX IF NOT EXISTS river_geom_idx ON river USING gist (geom);
CREATE INDEX IF NOT EXISTS water_body_geom_idx ON water_body USING gist (geom);
CREATE INDEX IF NOT EXISTS flood_gauge_geom_idx ON flood_gauge USING gist (geom);
CREATE INDEX IF NOT EXISTS rain_gauge_geom_idx ON rain_gauge USING gist (geom);
