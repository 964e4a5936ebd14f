-- Municipality details with its indicators.
-- $1 feature id, $2 true when the viewer may see restricted records. One row: properties and lon/lat bbox.
WITH
  request AS (
    SELECT $1::integer AS id, $2::boolean AS include_restricted
  ),
  feature AS (
    SELECT jsonb_build_object(
             'name', m.name,
             'kod_obec', m.kod_obec,
             'district', d.name,
             'region', r.name,
             'orp', m.orp_name,
             'population', m.population_2019,
             'area_km2', round(m.area_km2::numeric, 2),
             'population_density', i.population_density,
             'brownfield_count', i.brownfield_count,
             'brownfield_ha', i.brownfield_ha,
             'brownfield_ha_per_1000', i.brownfield_ha_per_1000,
             'share_near_5g', i.share_near_5g
           ) AS properties,
           m.geom
    FROM municipality AS m
    JOIN municipality_indicator AS i USING (kod_obec)
    JOIN district AS d ON d.lau1 = m.district_lau1
    JOIN region AS r ON r.nuts3 = m.region_nuts3
    CROSS JOIN request
    WHERE m.kod_obec = request.id
  )
SELECT f.properties,
       ARRAY[ST_XMin(f.box), ST_YMin(f.box), ST_XMax(f.box), ST_YMax(f.box)] AS bbox
FROM (SELECT properties, Box2D(ST_Transform(geom, 4326)) AS box FROM feature) AS f;
