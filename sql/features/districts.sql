-- District details.
-- $1 feature id, $2 true when the viewer may see restricted records. One row: properties and lon/lat bbox.
WITH
  request AS (
    SELECT $1::integer AS id, $2::boolean AS include_restricted
  ),
  feature AS (
    SELECT jsonb_build_object(
             'name', d.name,
             'lau1', d.lau1,
             'region', r.name,
             'municipalities', (SELECT count(*) FROM municipality AS m WHERE m.district_lau1 = d.lau1),
             'population', (SELECT sum(m.population_2019) FROM municipality AS m WHERE m.district_lau1 = d.lau1)
           ) AS properties,
           d.geom
    FROM district AS d
    JOIN region AS r ON r.nuts3 = d.region_nuts3
    CROSS JOIN request
    WHERE d.kod_okres = request.id
  )
SELECT f.properties,
       ARRAY[ST_XMin(f.box), ST_YMin(f.box), ST_XMax(f.box), ST_YMax(f.box)] AS bbox
FROM (SELECT properties, Box2D(ST_Transform(geom, 4326)) AS box FROM feature) AS f;
