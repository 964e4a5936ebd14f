-- $1: districts_ul_lb.geojson (powerbi-cesko).
WITH feature AS (
  SELECT f -> 'properties' AS p, ST_SetSRID(ST_GeomFromGeoJSON(f -> 'geometry'), 4326) AS geom
  FROM jsonb_array_elements($1::jsonb -> 'features') AS f
)
INSERT INTO district (kod_okres, lau1, name, region_nuts3, geom)
SELECT (p ->> 'KOD_OKRES')::integer, p ->> 'KOD_LAU1', p ->> 'NAZ_LAU1', p ->> 'KOD_CZNUTS3', ST_Multi(ST_CollectionExtract(ST_MakeValid(ST_Transform(geom, 3857)), 3))
FROM feature
-- Hilbert order: features near on the map share disk pages, so a tile query reads few pages.
ORDER BY geom;
