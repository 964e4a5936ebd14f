-- $1: synthetic 5G corridors.
WITH feature AS (
  SELECT f -> 'properties' AS p, ST_SetSRID(ST_GeomFromGeoJSON(f -> 'geometry'), 4326) AS geom
  FROM jsonb_array_elements($1::jsonb -> 'features') AS f
)
INSERT INTO corridor_5g (id, code, name, operator, status, bandwidth_mbps, latency_ms, length_km, synthetic, geom)
SELECT (p ->> 'id')::integer, p ->> 'code', p ->> 'name', p ->> 'operator', p ->> 'status',
  (p ->> 'bandwidth_mbps')::integer, (p ->> 'latency_ms')::numeric, round((ST_Length(geom::geography) / 1000)::numeric, 2),
  (p ->> 'synthetic')::boolean, ST_Transform(geom, 3857)
FROM feature
-- Hilbert order: features near on the map share disk pages, so a tile query reads few pages.
ORDER BY geom;
