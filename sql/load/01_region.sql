-- $1: regions_ul_lb.geojson (RCzechia). Polygons are made valid: the generalised sources have a few self-intersections.
WITH feature AS (
  SELECT f -> 'properties' AS p, ST_SetSRID(ST_GeomFromGeoJSON(f -> 'geometry'), 4326) AS geom
  FROM jsonb_array_elements($1::jsonb -> 'features') AS f
)
INSERT INTO region (kod_kraj, nuts3, name, geom)
SELECT (p ->> 'KOD_KRAJ')::integer, p ->> 'KOD_CZNUTS3', p ->> 'NAZ_CZNUTS3', ST_Multi(ST_CollectionExtract(ST_MakeValid(ST_Transform(geom, 3857)), 3))
FROM feature
-- Hilbert order: features near on the map share disk pages, so a tile query reads few pages.
ORDER BY geom;
