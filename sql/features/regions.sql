-- Region details.
-- $1 feature id, $2 true when the viewer may see restricted records. One row: properties and lon/lat bbox.
WITH
  request AS (
    SELECT $1::integer AS id, $2::boolean AS include_restricted
  ),
  feature AS (
    SELECT jsonb_build_object(
             'name', r.name,
             'nuts3', r.nuts3,
             'municipalities', (SELECT count(*) FROM municipality AS m WHERE m.region_nuts3 = r.nuts3),
             'population', (SELECT sum(m.population_2019) FROM municipality AS m WHERE m.region_nuts3 = r.nuts3)
           ) AS properties,
           r.geom
    FROM region AS r
    CROSS JOIN request
    WHERE r.kod_kraj = request.id
  )
SELECT f.properties,
       ARRAY[ST_XMin(f.box), ST_YMin(f.box), ST_XMax(f.box), ST_YMax(f.box)] AS bbox
FROM (SELECT properties, Box2D(ST_Transform(geom, 4326)) AS box FROM feature) AS f;
