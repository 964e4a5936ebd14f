-- Lake or reservoir details.
-- $1 feature id, $2 true when the viewer may see restricted records. One row: properties and lon/lat bbox.
WITH
  request AS (
    SELECT $1::integer AS id, $2::boolean AS include_restricted
  ),
  feature AS (
    SELECT jsonb_build_object(
             'name', w.name,
             'elevation_m', w.elevation_m,
             'area_ha', round((ST_Area(ST_Transform(w.geom, 4326)::geography) / 1e4)::numeric, 1)
           ) AS properties,
           w.geom
    FROM water_body AS w
    CROSS JOIN request
    WHERE w.id = request.id
  )
SELECT f.properties,
       ARRAY[ST_XMin(f.box), ST_YMin(f.box), ST_XMax(f.box), ST_YMax(f.box)] AS bbox
FROM (SELECT properties, Box2D(ST_Transform(geom, 4326)) AS box FROM feature) AS f;
