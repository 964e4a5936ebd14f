-- Municipality details with its indicators.
-- One row per feature: id (the MVT feature id), properties and geom (EPSG:3857). sql/queries/feature_page.sql
-- wraps it with `request` (which this query may read), the id, bbox and CQL2 filters and paging.
SELECT m.kod_obec AS id,
       jsonb_build_object(
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
JOIN region AS r ON r.nuts3 = m.region_nuts3;
