-- $1: rivers_ul_lb.geojson (RCzechia, ArcČR 500). Ids follow the file's order.
WITH feature AS (
  SELECT f -> 'properties' AS p, ST_SetSRID(ST_GeomFromGeoJSON(f -> 'geometry'), 4326) AS geom, element.id
  FROM jsonb_array_elements($1::jsonb -> 'features') WITH ORDINALITY AS element (f, id)
)
INSERT INTO river (id, name, kind, major, geom)
SELECT id, coalesce(p ->> 'NAZEV', ''), (p ->> 'TYP')::smallint, (p ->> 'Major')::boolean, ST_Multi(ST_Transform(geom, 3857))
FROM feature
-- Hilbert order: features near on the map share disk pages, so a tile query reads few pages.
ORDER BY geom;
