-- $1: synthetic rain gauges (src/lib/server/data/synthetic.ts).
WITH feature AS (
  SELECT f -> 'properties' AS p, ST_SetSRID(ST_GeomFromGeoJSON(f -> 'geometry'), 4326) AS geom
  FROM jsonb_array_elements($1::jsonb -> 'features') AS f
)
INSERT INTO rain_gauge (id, code, name, catchment, flood_gauge_id, synthetic, geom)
SELECT (p ->> 'id')::integer, p ->> 'code', p ->> 'name', p ->> 'catchment', (p ->> 'flood_gauge_id')::integer,
  (p ->> 'synthetic')::boolean, ST_Transform(geom, 3857)
FROM feature
-- Hilbert order: features near on the map share disk pages, so a tile query reads few pages.
ORDER BY geom;
