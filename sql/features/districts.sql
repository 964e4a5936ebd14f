-- District details.
-- One row per feature: id (the MVT feature id), properties and geom (EPSG:3857). sql/queries/feature_page.sql
-- wraps it with `request` (which this query may read), the id, bbox and CQL2 filters and paging.
SELECT d.kod_okres AS id,
       jsonb_build_object(
         'name', d.name,
         'lau1', d.lau1,
         'region', r.name,
         'municipalities', (SELECT count(*) FROM municipality AS m WHERE m.district_lau1 = d.lau1),
         'population', (SELECT sum(m.population_2019) FROM municipality AS m WHERE m.district_lau1 = d.lau1)
       ) AS properties,
       d.geom
FROM district AS d
JOIN region AS r ON r.nuts3 = d.region_nuts3;
