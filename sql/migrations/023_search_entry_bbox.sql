-- search_entry as in 010, plus each entry's lon/lat bounding box: choosing a result shows the whole feature (a
-- 33 km corridor, a large municipality) instead of a fixed zoom around one point of it. Built with data, so an
-- existing database is not left with an unpopulated view when the data load has nothing new to do.
DROP MATERIALIZED VIEW IF EXISTS search_entry;

CREATE MATERIALIZED VIEW search_entry AS
WITH
  entry AS (
    SELECT 'municipalities' AS layer, m.kod_obec AS feature_id, m.name, m.kod_obec::text AS code,
           d.name AS context, true AS public, ln(m.population_2019 + 10) AS weight, m.definition_point AS point,
           m.geom AS shape
    FROM municipality AS m JOIN district AS d ON d.lau1 = m.district_lau1
    UNION ALL
    SELECT 'brownfields', b.id, b.name, b.code, m.name, b.public, ln(b.area_ha::float8 + 1), ST_PointOnSurface(b.geom),
           b.geom
    FROM brownfield AS b JOIN municipality AS m USING (kod_obec)
    UNION ALL
    SELECT 'flood_gauges', g.id, g.station_name || ' (' || g.river_name || ')', g.dbc, g.river_name, true, 6, g.geom,
           g.geom
    FROM flood_gauge AS g
    UNION ALL
    SELECT 'rain_gauges', r.id, r.name, r.code, r.catchment, true, 4, r.geom, r.geom
    FROM rain_gauge AS r
    UNION ALL
    SELECT 'traffic_sensors', s.id, s.name, s.code, s.road, true, 4, s.geom, s.geom
    FROM traffic_sensor AS s
    UNION ALL
    SELECT 'corridors_5g', c.id, c.name, c.code, c.operator, true, 5, ST_LineInterpolatePoint(c.geom, 0.5), c.geom
    FROM corridor_5g AS c
  ),
  located AS (
    SELECT entry.*, ST_Transform(point, 4326) AS point_4326, ST_Transform(ST_Envelope(shape), 4326) AS box_4326
    FROM entry
  )
SELECT layer, feature_id, name, code, context, public, weight,
       search_normalize(name) AS name_key,
       lower(code) AS code_key,
       ST_X(point_4326) AS lon,
       ST_Y(point_4326) AS lat,
       ST_XMin(box_4326) AS west,
       ST_YMin(box_4326) AS south,
       ST_XMax(box_4326) AS east,
       ST_YMax(box_4326) AS north
FROM located
WITH DATA;

CREATE UNIQUE INDEX IF NOT EXISTS search_entry_pk ON search_entry (layer, feature_id);
CREATE INDEX IF NOT EXISTS search_entry_name_trgm ON search_entry USING gin (name_key gin_trgm_ops);
CREATE INDEX IF NOT EXISTS search_entry_code ON search_entry (code_key text_pattern_ops);
