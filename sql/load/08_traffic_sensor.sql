-- $1: synthetic traffic counting points. The municipality is the one whose polygon holds the point.
WITH feature AS (
  SELECT f -> 'properties' AS p, ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON(f -> 'geometry'), 4326), 3857) AS geom
  FROM jsonb_array_elements($1::jsonb -> 'features') AS f
)
INSERT INTO traffic_sensor (id, code, name, road, road_class, directions, lanes, typical_daily_volume,
  heavy_vehicle_share, kod_obec, synthetic, geom)
SELECT
  (p ->> 'id')::integer,
  p ->> 'code',
  p ->> 'name',
  p ->> 'road',
  p ->> 'road_class',
  ARRAY(SELECT jsonb_array_elements_text(p -> 'directions')),
  (p ->> 'lanes')::smallint,
  (p ->> 'typical_daily_volume')::integer,
  (p ->> 'heavy_vehicle_share')::numeric,
  (SELECT m.kod_obec FROM municipality AS m WHERE ST_Intersects(m.geom, feature.geom) ORDER BY m.kod_obec LIMIT 1),
  (p ->> 'synthetic')::boolean,
  geom
FROM feature
-- Hilbert order: features near on the map share disk pages, so a tile query reads few pages.
ORDER BY geom;
