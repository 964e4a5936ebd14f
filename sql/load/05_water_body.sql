-- $1: water_bodies_ul_lb.geojson (RCzechia, ArcČR 500). Ids follow the file's order.
WITH feature AS (
  SELECT f -> 'properties' AS p, ST_SetSRID(ST_GeomFromGeoJSON(f -> 'geometry'), 4326) AS geom, element.id
  FROM jsonb_array_elements($1::jsonb -> 'features') WITH ORDINALITY AS element (f, id)
)
INSERT INTO water_body (id, name, elevation_m, geom)
SELECT id, coalesce(p ->> 'NAZEV', ''), (p ->> 'VYSKA')::integer, ST_Multi(ST_CollectionExtract(ST_MakeValid(ST_Transform(geom, 3857)), 3))
FROM feature
-- Hilbert order: features near on the map share disk pages, so a tile query reads few pages.
ORDER BY geom;
