-- $1: synthetic 5G base stations along the corridors.
WITH feature AS (
  SELECT f -> 'properties' AS p, ST_SetSRID(ST_GeomFromGeoJSON(f -> 'geometry'), 4326) AS geom
  FROM jsonb_array_elements($1::jsonb -> 'features') AS f
)
INSERT INTO base_station_5g (id, code, corridor_id, operator, status, synthetic, geom)
SELECT (p ->> 'id')::integer, p ->> 'code', (p ->> 'corridor_id')::integer, p ->> 'operator', p ->> 'status',
  (p ->> 'synthetic')::boolean, ST_Transform(geom, 3857)
FROM feature
-- Hilbert order: features near on the map share disk pages, so a tile query reads few pages.
ORDER BY geom;
