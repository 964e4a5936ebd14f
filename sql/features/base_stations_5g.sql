-- 5G base station details (synthetic).
-- $1 feature id, $2 true when the viewer may see restricted records. One row: properties and lon/lat bbox.
WITH
  request AS (
    SELECT $1::integer AS id, $2::boolean AS include_restricted
  ),
  feature AS (
    SELECT jsonb_build_object(
             'code', b.code,
             'corridor', c.name,
             'operator', b.operator,
             'status', b.status,
             'synthetic', b.synthetic
           ) AS properties,
           b.geom
    FROM base_station_5g AS b
    JOIN corridor_5g AS c ON c.id = b.corridor_id
    CROSS JOIN request
    WHERE b.id = request.id
  )
SELECT f.properties,
       ARRAY[ST_XMin(f.box), ST_YMin(f.box), ST_XMax(f.box), ST_YMax(f.box)] AS bbox
FROM (SELECT properties, Box2D(ST_Transform(geom, 4326)) AS box FROM feature) AS f;
