-- Administrative units as RÚIAN/ČSÚ code them. Geometry is stored in EPSG:3857 so tile queries filter and clip
-- without transforming table rows; geom_low is a pre-generalised copy for low zooms.

CREATE TABLE IF NOT EXISTS region (
  kod_kraj integer PRIMARY KEY,                 -- RÚIAN kraj code, e.g. 3069
  nuts3 text NOT NULL UNIQUE,                   -- CZ042, CZ051
  name text NOT NULL,
  geom geometry(MultiPolygon, 3857) NOT NULL,
  geom_low geometry(MultiPolygon, 3857) GENERATED ALWAYS AS (ST_Multi(ST_SimplifyPreserveTopology(geom, 300))) STORED
);

CREATE TABLE IF NOT EXISTS district (
  kod_okres integer PRIMARY KEY,                -- ČSÚ okres code, e.g. 40452
  lau1 text NOT NULL UNIQUE,                    -- CZ0421
  name text NOT NULL,
  region_nuts3 text NOT NULL REFERENCES region (nuts3),
  geom geometry(MultiPolygon, 3857) NOT NULL,
  geom_low geometry(MultiPolygon, 3857) GENERATED ALWAYS AS (ST_Multi(ST_SimplifyPreserveTopology(geom, 300))) STORED
);

CREATE TABLE IF NOT EXISTS municipality (
  kod_obec integer PRIMARY KEY,                 -- RÚIAN obec code
  name text NOT NULL,
  kod_okres_ruian integer NOT NULL,
  district_lau1 text NOT NULL REFERENCES district (lau1),
  region_nuts3 text NOT NULL REFERENCES region (nuts3),
  kod_orp integer NOT NULL,
  orp_name text NOT NULL,
  kod_pou integer NOT NULL,
  pou_name text NOT NULL,
  population_2019 integer NOT NULL CHECK (population_2019 >= 0),
  area_km2 double precision NOT NULL,           -- on the ellipsoid, not in Web Mercator
  definition_point geometry(Point, 3857) NOT NULL,
  geom geometry(MultiPolygon, 3857) NOT NULL,
  geom_low geometry(MultiPolygon, 3857) GENERATED ALWAYS AS (ST_Multi(ST_SimplifyPreserveTopology(geom, 150))) STORED
);

CREATE INDEX IF NOT EXISTS region_geom_idx ON region USING gist (geom);
CREATE INDEX IF NOT EXISTS district_geom_idx ON district USING gist (geom);
CREATE INDEX IF NOT EXISTS municipality_geom_idx ON municipality USING gist (geom);
CREATE INDEX IF NOT EXISTS municipality_district_idx ON municipality (district_lau1);
