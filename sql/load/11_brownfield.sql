-- $1: synthetic brownfield sites.
WITH feature AS (
  SELECT f -> 'properties' AS p, ST_SetSRID(ST_GeomFromGeoJSON(f -> 'geometry'), 4326) AS geom
  FROM jsonb_array_elements($1::jsonb -> 'features') AS f
)
INSERT INTO brownfield (id, code, name, kod_obec, area_ha, built_up_ha, previous_use, ownership, ecological_burden,
  state, proposed_reuse, public, synthetic, geom)
SELECT (p ->> 'id')::integer, p ->> 'code', p ->> 'name', (p ->> 'kod_obec')::integer, (p ->> 'area_ha')::numeric,
  (p ->> 'built_up_ha')::numeric, p ->> 'previous_use', p ->> 'ownership', p ->> 'ecological_burden', p ->> 'state',
  p ->> 'proposed_reuse', (p ->> 'public')::boolean, (p ->> 'synthetic')::boolean, ST_Multi(ST_Transform(geom, 3857))
FROM feature
-- Hilbert order: features near on the map share disk pages, so a tile query reads few pages.
ORDER BY geom;
