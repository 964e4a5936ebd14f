-- Search by name or code, insensitive to case and diacritics ("usti" finds "Ústí nad Labem").

CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- unaccent() is only STABLE (its dictionary could change); pinning the dictionary makes an index possible.
CREATE OR REPLACE FUNCTION search_normalize(value text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
RETURN lower(public.unaccent('public.unaccent'::regdictionary, value));

CREATE MATERIALIZED VIEW IF NOT EXISTS search_entry AS
WITH
  entry AS (
    SELECT 'municipalities' AS layer, m.kod_obec AS feature_id, m.name, m.kod_obec::text AS code,
           d.name AS context, true AS public, ln(m.population_2019 + 10) AS weight, m.definition_point AS point
    FROM municipality AS m JOIN district AS d ON d.lau1 = m.district_lau1
    UNION ALL
    SELECT 'brownfields', b.id, b.name, b.code, m.name, b.public, ln(b.area_ha::float8 + 1), ST_PointOnSurface(b.geom)
    FROM brownfield AS b JOIN municipality AS m USING (kod_obec)
    UNION ALL
    SELECT 'flood_gauges', g.id, g.station_name || ' (' || g.river_name || ')', g.dbc, g.river_name, true, 6, g.geom
    FROM flood_gauge AS g
    UNION ALL
    SELECT 'rain_gauges', r.id, r.name, r.code, r.catchment, true, 4, r.geom
    FROM rain_gauge AS r
    UNION ALL
    SELECT 'traffic_sensors', s.id, s.name, s.code, s.road, true, 4, s.geom
    FROM traffic_sensor AS s
    UNION ALL
    SELECT 'corridors_5g', c.id, c.name, c.code, c.operator, true, 5, ST_LineInterpolatePoint(c.geom, 0.5)
    FROM corridor_5g AS c
  )
SELECT layer, feature_id, name, code, context, public, weight,
       search_normalize(name) AS name_key,
       lower(code) AS code_key,
       ST_X(ST_Transform(point, 4326)) AS lon,
       ST_Y(ST_Transform(point, 4326)) AS lat
FROM entry
WITH NO DATA;

CREATE UNIQUE INDEX IF NOT EXISTS search_entry_pk ON search_entry (layer, feature_id);
CREATE INDEX IF NOT EXISTS search_entry_name_trgm ON search_entry USING gin (name_key gin_trgm_ops);
CREATE INDEX IF NOT EXISTS search_entry_code ON search_entry (code_key text_pattern_ops);
