-- Region details.
-- One row per feature: id (the MVT feature id), properties and geom (EPSG:3857). sql/queries/feature_page.sql
-- wraps it with `request` (which this query may read), the id, bbox and CQL2 filters and paging.
SELECT r.kod_kraj AS id,
       jsonb_build_object(
         'name', r.name,
         'nuts3', r.nuts3,
         'municipalities', (SELECT count(*) FROM municipality AS m WHERE m.region_nuts3 = r.nuts3),
         'population', (SELECT sum(m.population_2019) FROM municipality AS m WHERE m.region_nuts3 = r.nuts3)
       ) AS properties,
       r.geom
FROM region AS r;
