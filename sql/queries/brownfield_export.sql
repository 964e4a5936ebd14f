-- Matching sites for export, in id order, with lon/lat GeoJSON geometry (right-hand rule, 7 decimals).
-- $1 filter (jsonb), $2 include restricted.
SELECT b.id, b.code, b.name, b.kod_obec, m.name AS municipality, d.name AS district, b.area_ha::double precision AS area_ha,
       b.built_up_ha::double precision AS built_up_ha, b.previous_use, b.ownership, b.ecological_burden, b.state,
       b.proposed_reuse, b.public, b.synthetic,
       round(ctx.dist_5g_m)::integer AS dist_5g_m, round(ctx.dist_road_m)::integer AS dist_road_m,
       round(ctx.dist_river_m)::integer AS dist_river_m, round(ctx.population_10km)::integer AS population_10km,
       ST_AsGeoJSON(ST_ForcePolygonCCW(ST_Transform(b.geom, 4326)), 7) AS geometry
FROM brownfield_matching($1::jsonb, $2::boolean) AS hit
JOIN brownfield AS b ON b.id = hit.id
JOIN municipality AS m ON m.kod_obec = b.kod_obec
JOIN district AS d ON d.lau1 = m.district_lau1
JOIN brownfield_context AS ctx ON ctx.id = b.id
ORDER BY b.id;
