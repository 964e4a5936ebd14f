-- $1: municipalities_ul_lb.geojson (RÚIAN/ČSÚ via DataRozhlas, population 1 Jan 2019).
WITH feature AS (
  SELECT f -> 'properties' AS p, ST_SetSRID(ST_GeomFromGeoJSON(f -> 'geometry'), 4326) AS geom
  FROM jsonb_array_elements($1::jsonb -> 'features') AS f
)
INSERT INTO municipality (kod_obec, name, kod_okres_ruian, district_lau1, region_nuts3, kod_orp, orp_name, kod_pou,
  pou_name, population_2019, area_km2, definition_point, geom)
SELECT
  (p ->> 'kod_obec')::integer,
  p ->> 'nazev',
  (p ->> 'kod_okres_ruian')::integer,
  p ->> 'okres_lau',
  p ->> 'kraj_nuts3',
  (p ->> 'kod_orp')::integer,
  p ->> 'nazev_orp',
  (p ->> 'kod_pou')::integer,
  p ->> 'nazev_pou',
  (p ->> 'pocet_obyvatel_2019')::integer,
  ST_Area(geom::geography) / 1e6,
  ST_Transform(ST_SetSRID(ST_MakePoint((p -> 'def_bod' ->> 0)::float8, (p -> 'def_bod' ->> 1)::float8), 4326), 3857),
  ST_Multi(ST_CollectionExtract(ST_MakeValid(ST_Transform(geom, 3857)), 3))
FROM feature
-- Hilbert order: features near on the map share disk pages, so a tile query reads few pages.
ORDER BY geom;
