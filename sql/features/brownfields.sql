-- Brownfield details (synthetic); sites without publication consent only for viewers allowed restricted records.
-- One row per feature: id (the MVT feature id), properties and geom (EPSG:3857). sql/queries/feature_page.sql
-- wraps it with `request` (which this query may read), the id, bbox and CQL2 filters and paging.
SELECT b.id,
       jsonb_build_object(
         'name', b.name,
         'code', b.code,
         'municipality', m.name,
         'district', d.name,
         'area_ha', b.area_ha,
         'built_up_ha', b.built_up_ha,
         'previous_use', b.previous_use,
         'ownership', b.ownership,
         'ecological_burden', b.ecological_burden,
         'state', b.state,
         'proposed_reuse', b.proposed_reuse,
         'public', b.public,
         'synthetic', b.synthetic
       ) AS properties,
       b.geom
FROM brownfield AS b
JOIN municipality AS m USING (kod_obec)
JOIN district AS d ON d.lau1 = m.district_lau1
CROSS JOIN request
WHERE b.public OR request.include_restricted;
