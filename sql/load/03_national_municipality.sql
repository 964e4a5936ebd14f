-- Only with the national set (planner benchmark): the other kraje, okresy and obce of the country, after the two
-- regions' own rows, which keep their more detailed outlines and ORP/POU. $1: {regions, districts, municipalities}
-- as GeoJSON (regions/districts_cz_generalised, municipalities from src/lib/server/data/national.ts).
WITH
  region_feature AS (
    SELECT f -> 'properties' AS p, ST_SetSRID(ST_GeomFromGeoJSON(f -> 'geometry'), 4326) AS geom
    FROM jsonb_array_elements($1::jsonb -> 'regions' -> 'features') AS f
  ),
  district_feature AS (
    SELECT f -> 'properties' AS p, ST_MakeValid(ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON(f -> 'geometry'), 4326), 3857)) AS geom
    FROM jsonb_array_elements($1::jsonb -> 'districts' -> 'features') AS f
  ),
  municipality_feature AS (
    SELECT f -> 'properties' AS p,
           ST_Multi(ST_CollectionExtract(ST_MakeValid(ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON(f -> 'geometry'), 4326), 3857)), 3)) AS geom,
           ST_Transform(ST_SetSRID(ST_MakePoint((f -> 'properties' -> 'def_bod' ->> 0)::float8, (f -> 'properties' -> 'def_bod' ->> 1)::float8), 4326), 3857) AS definition_point,
           ST_Area(ST_SetSRID(ST_GeomFromGeoJSON(f -> 'geometry'), 4326)::geography) / 1e6 AS area_km2
    FROM jsonb_array_elements($1::jsonb -> 'municipalities' -> 'features') AS f
  ),
  new_region AS (
    INSERT INTO region (kod_kraj, nuts3, name, geom)
    SELECT (p ->> 'KOD_KRAJ')::integer, p ->> 'KOD_CZNUTS3', p ->> 'NAZ_CZNUTS3', ST_Multi(ST_CollectionExtract(ST_MakeValid(ST_Transform(geom, 3857)), 3))
    FROM region_feature
    ON CONFLICT DO NOTHING
    RETURNING nuts3
  ),
  new_district AS (
    INSERT INTO district (kod_okres, lau1, name, region_nuts3, geom)
    SELECT (p ->> 'KOD_OKRES')::integer, p ->> 'KOD_LAU1', p ->> 'NAZ_LAU1', p ->> 'KOD_CZNUTS3', ST_Multi(ST_CollectionExtract(geom, 3))
    FROM district_feature
    ON CONFLICT DO NOTHING
    RETURNING lau1
  ),
  -- The district files carry ČSÚ codes, the points RÚIAN ones: each RÚIAN okres goes to the district holding most
  -- of its definition points (the nearest district where generalised outlines leave a gap), so a point that falls
  -- just across a generalised boundary still lands in its own okres.
  nearest AS (
    SELECT (m.p ->> 'kod_okres_ruian')::integer AS kod_okres_ruian, d.p ->> 'KOD_LAU1' AS district_lau1, d.p ->> 'KOD_CZNUTS3' AS region_nuts3
    FROM municipality_feature AS m
    CROSS JOIN LATERAL (
      SELECT district_feature.p
      FROM district_feature
      ORDER BY ST_Distance(district_feature.geom, m.definition_point)
      LIMIT 1
    ) AS d
  ),
  okres_district AS (
    SELECT DISTINCT ON (kod_okres_ruian) kod_okres_ruian, district_lau1, region_nuts3
    FROM nearest
    GROUP BY kod_okres_ruian, district_lau1, region_nuts3
    ORDER BY kod_okres_ruian, count(*) DESC
  ),
  placed AS (
    SELECT m.*, o.district_lau1, o.region_nuts3
    FROM municipality_feature AS m
    JOIN okres_district AS o ON o.kod_okres_ruian = (m.p ->> 'kod_okres_ruian')::integer
  )
INSERT INTO municipality (kod_obec, name, kod_okres_ruian, district_lau1, region_nuts3, population_2019, area_km2, definition_point, geom)
SELECT (p ->> 'kod_obec')::integer, p ->> 'nazev', (p ->> 'kod_okres_ruian')::integer, district_lau1, region_nuts3,
       (p ->> 'pocet_obyvatel_2019')::integer, area_km2, definition_point, geom
FROM placed
ON CONFLICT (kod_obec) DO NOTHING;
