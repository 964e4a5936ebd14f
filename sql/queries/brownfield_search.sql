-- The planner's list: sites matching the filter, each with its context, score parts and weighted score, one page in
-- the requested order, with the total count. $1 filter (jsonb), $2 include restricted, $3 weights (jsonb), $4 sort
-- key, $5 descending, $6 limit, $7 offset, $8 radius in km for the population around each listed site (or NULL).
WITH
  request AS (
    SELECT $1::jsonb AS filter, $2::boolean AS include_restricted, $3::jsonb AS w, $4::text AS sort_key,
           $5::boolean AS descending, $6::integer AS page_limit, $7::integer AS page_offset, $8::double precision AS radius_km
  ),
  matching AS (
    SELECT b.id, b.code, b.name, b.kod_obec, m.name AS municipality, d.name AS district, m.region_nuts3 AS region,
           b.area_ha::double precision AS area_ha, b.built_up_ha::double precision AS built_up_ha, b.previous_use,
           b.ownership, b.ecological_burden, b.state, b.proposed_reuse, b.public, b.synthetic, b.geom,
           ctx.dist_5g_m, ctx.dist_road_m, ctx.dist_motorway_m, ctx.dist_class_1_m, ctx.dist_gauge_m, ctx.dist_river_m,
           ctx.population_10km
    FROM request
    CROSS JOIN LATERAL brownfield_matching(request.filter, request.include_restricted) AS hit
    JOIN brownfield AS b ON b.id = hit.id
    JOIN municipality AS m ON m.kod_obec = b.kod_obec
    JOIN district AS d ON d.lau1 = m.district_lau1
    JOIN brownfield_context AS ctx ON ctx.id = b.id
  ),
  parts AS (
    SELECT matching.*,
           least(ln(1 + area_ha) / ln(21), 1) AS part_size,
           greatest(0, 1 - dist_5g_m / 10000) AS part_5g,
           greatest(0, 1 - dist_road_m / 10000) AS part_road,
           CASE ecological_burden WHEN 'confirmed' THEN 1 WHEN 'suspected' THEN 0.5 ELSE 0 END AS part_burden,
           CASE ownership WHEN 'municipal' THEN 1 WHEN 'regional' THEN 1 WHEN 'state' THEN 0.7 WHEN 'private' THEN 0.4 ELSE 0.2 END AS part_owner,
           least(population_10km / 100000, 1) AS part_population,
           greatest(0, 1 - dist_river_m / 1000) AS part_flood
    FROM matching
  ),
  scored AS (
    SELECT parts.*,
           greatest(0, least(100, 100 * (
             (w->>'size')::double precision * part_size + (w->>'g5')::double precision * part_5g
             + (w->>'road')::double precision * part_road + (w->>'owner')::double precision * part_owner
             + (w->>'population')::double precision * part_population
             - (w->>'burden')::double precision * part_burden - (w->>'flood')::double precision * part_flood
           ) / nullif((w->>'size')::double precision + (w->>'g5')::double precision + (w->>'road')::double precision
                      + (w->>'owner')::double precision + (w->>'population')::double precision, 0))) AS score
    FROM parts
    CROSS JOIN request
  ),
  ranked AS (
    SELECT scored.*, count(*) OVER () AS total, row_number() OVER (ORDER BY
      CASE WHEN request.descending THEN NULL ELSE CASE request.sort_key
        WHEN 'score' THEN scored.score WHEN 'area_ha' THEN scored.area_ha WHEN 'built_up_ha' THEN scored.built_up_ha
        WHEN 'dist_5g_m' THEN scored.dist_5g_m WHEN 'dist_road_m' THEN scored.dist_road_m
        WHEN 'dist_river_m' THEN scored.dist_river_m WHEN 'population_10km' THEN scored.population_10km END END ASC,
      CASE WHEN request.descending THEN CASE request.sort_key
        WHEN 'score' THEN scored.score WHEN 'area_ha' THEN scored.area_ha WHEN 'built_up_ha' THEN scored.built_up_ha
        WHEN 'dist_5g_m' THEN scored.dist_5g_m WHEN 'dist_road_m' THEN scored.dist_road_m
        WHEN 'dist_river_m' THEN scored.dist_river_m WHEN 'population_10km' THEN scored.population_10km END END DESC,
      CASE WHEN request.sort_key = 'name' AND NOT request.descending THEN scored.name END ASC,
      CASE WHEN request.sort_key = 'name' AND request.descending THEN scored.name END DESC,
      scored.id) AS position
    FROM scored
    CROSS JOIN request
  ),
  page AS (
    SELECT ranked.*
    FROM ranked
    CROSS JOIN request
    WHERE ranked.position > request.page_offset AND ranked.position <= request.page_offset + request.page_limit
  )
SELECT page.id, page.code, page.name, page.kod_obec, page.municipality, page.district, page.region, page.area_ha,
       page.built_up_ha, page.previous_use, page.ownership, page.ecological_burden, page.state, page.proposed_reuse,
       page.public, page.synthetic, page.dist_5g_m, page.dist_road_m, page.dist_motorway_m, page.dist_class_1_m,
       page.dist_gauge_m, page.dist_river_m, page.population_10km, page.score,
       jsonb_build_object('size', page.part_size, 'g5', page.part_5g, 'road', page.part_road, 'burden', page.part_burden,
                          'owner', page.part_owner, 'population', page.part_population, 'flood', page.part_flood) AS parts,
       ST_X(ST_Transform(ST_PointOnSurface(page.geom), 4326)) AS lon, ST_Y(ST_Transform(ST_PointOnSurface(page.geom), 4326)) AS lat,
       around.population AS population_around,
       page.total
FROM page
CROSS JOIN request
LEFT JOIN LATERAL (
  SELECT coalesce(sum(m.population_2019 * ST_Area(ST_Intersection(m.geom, circle.geom)) / ST_Area(m.geom)), 0) AS population
  FROM (SELECT ST_Transform(ST_Buffer(ST_Transform(ST_PointOnSurface(page.geom), 4326)::geography, request.radius_km * 1000)::geometry, 3857) AS geom) AS circle
  JOIN municipality AS m ON m.geom && circle.geom AND ST_Intersects(m.geom, circle.geom)
  WHERE request.radius_km IS NOT NULL
) AS around ON true
ORDER BY page.position;
