-- River details.
-- $1 feature id, $2 true when the viewer may see restricted records. One row: properties and lon/lat bbox.
WITH
  request AS (
    SELECT $1::integer AS id, $2::boolean AS include_restricted
  ),
  feature AS (
    SELECT jsonb_build_object(
             'name', r.name,
             'kind', r.kind,
             'major', r.major,
             'length_km', round((ST_Length(ST_Transform(r.geom, 4326)::geography) / 1000)::numeric, 1)
           ) AS properties,
           r.geom
    FROM river AS r
    CROSS JOIN request
    WHERE r.id = request.id
  )
SELECT f.properties,
       ARRAY[ST_XMin(f.box), ST_YMin(f.box), ST_XMax(f.box), ST_YMax(f.box)] AS bbox
FROM (SELECT properties, Box2D(ST_Transform(geom, 4326)) AS box FROM feature) AS f;
