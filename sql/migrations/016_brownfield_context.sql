-- What planners ask of every brownfield, computed once per data load: ground distances (metres on the ellipsoid,
-- not Web Mercator) to the nearest 5G corridor, traffic-counted road by class, ČHMÚ gauge and river, and the
-- population living within 10 km (municipal populations weighted by the share of their area inside the circle).
-- The nearest candidate is found by the GiST index in EPSG:3857, then measured as geography.
CREATE MATERIALIZED VIEW IF NOT EXISTS brownfield_context AS
WITH site AS (
  SELECT b.id, b.geom, ST_Transform(ST_PointOnSurface(b.geom), 4326)::geography AS point
  FROM brownfield AS b
)
SELECT site.id,
       (SELECT ST_Distance(site.point, ST_Transform(c.geom, 4326)::geography)
        FROM corridor_5g AS c ORDER BY c.geom <-> site.geom LIMIT 1) AS dist_5g_m,
       (SELECT ST_Distance(site.point, ST_Transform(t.geom, 4326)::geography)
        FROM traffic_sensor AS t ORDER BY t.geom <-> site.geom LIMIT 1) AS dist_road_m,
       (SELECT ST_Distance(site.point, ST_Transform(t.geom, 4326)::geography)
        FROM traffic_sensor AS t WHERE t.road_class = 'motorway' ORDER BY t.geom <-> site.geom LIMIT 1) AS dist_motorway_m,
       (SELECT ST_Distance(site.point, ST_Transform(t.geom, 4326)::geography)
        FROM traffic_sensor AS t WHERE t.road_class = 'class_1' ORDER BY t.geom <-> site.geom LIMIT 1) AS dist_class_1_m,
       (SELECT ST_Distance(site.point, ST_Transform(g.geom, 4326)::geography)
        FROM flood_gauge AS g ORDER BY g.geom <-> site.geom LIMIT 1) AS dist_gauge_m,
       (SELECT ST_Distance(site.point, ST_Transform(r.geom, 4326)::geography)
        FROM river AS r ORDER BY r.geom <-> site.geom LIMIT 1) AS dist_river_m,
       (SELECT coalesce(sum(m.population_2019 * ST_Area(ST_Intersection(m.geom, circle.geom)) / ST_Area(m.geom)), 0)
        FROM (SELECT ST_Transform(ST_Buffer(site.point, 10000)::geometry, 3857) AS geom) AS circle
        JOIN municipality AS m ON m.geom && circle.geom AND ST_Intersects(m.geom, circle.geom)) AS population_10km
FROM site
WITH NO DATA;

CREATE UNIQUE INDEX IF NOT EXISTS brownfield_context_id_idx ON brownfield_context (id);

-- The one definition of the planner's filters, shared by the list, the summaries and the exports. `filter` is the
-- validated JSON of src/lib/server/brownfields/filter.ts; absent keys filter nothing. Distances are on the ground.
CREATE OR REPLACE FUNCTION brownfield_matching(filter jsonb, include_restricted boolean)
RETURNS TABLE (id integer)
LANGUAGE sql STABLE AS $$
  SELECT b.id
  FROM brownfield AS b
  JOIN municipality AS m USING (kod_obec)
  JOIN brownfield_context AS ctx ON ctx.id = b.id
  WHERE (b.public OR include_restricted)
    AND (filter->>'visibility' IS NULL OR filter->>'visibility' = 'all' OR (filter->>'visibility' = 'public') = b.public)
    AND (filter->>'areaMin' IS NULL OR b.area_ha >= (filter->>'areaMin')::numeric)
    AND (filter->>'areaMax' IS NULL OR b.area_ha <= (filter->>'areaMax')::numeric)
    AND (filter->>'builtMin' IS NULL OR b.built_up_ha >= (filter->>'builtMin')::numeric)
    AND (filter->>'builtMax' IS NULL OR b.built_up_ha <= (filter->>'builtMax')::numeric)
    AND (filter->'previousUse' IS NULL OR b.previous_use IN (SELECT jsonb_array_elements_text(filter->'previousUse')))
    AND (filter->'ownership' IS NULL OR b.ownership IN (SELECT jsonb_array_elements_text(filter->'ownership')))
    AND (filter->'burden' IS NULL OR b.ecological_burden IN (SELECT jsonb_array_elements_text(filter->'burden')))
    AND (filter->'state' IS NULL OR b.state IN (SELECT jsonb_array_elements_text(filter->'state')))
    AND (filter->'reuse' IS NULL OR b.proposed_reuse IN (SELECT jsonb_array_elements_text(filter->'reuse')))
    AND (filter->'municipality' IS NULL OR b.kod_obec IN (SELECT jsonb_array_elements_text(filter->'municipality')::integer))
    AND (filter->'district' IS NULL OR m.district_lau1 IN (SELECT jsonb_array_elements_text(filter->'district')))
    AND (filter->'region' IS NULL OR m.region_nuts3 IN (SELECT jsonb_array_elements_text(filter->'region')))
    AND (filter->'ids' IS NULL OR b.id IN (SELECT jsonb_array_elements_text(filter->'ids')::integer))
    AND (filter->>'corridorKm' IS NULL OR ctx.dist_5g_m <= (filter->>'corridorKm')::numeric * 1000)
    AND (filter->>'riverKm' IS NULL OR ctx.dist_river_m <= (filter->>'riverKm')::numeric * 1000)
    AND (filter->>'roadKm' IS NULL OR CASE filter->>'roadClass'
          WHEN 'motorway' THEN ctx.dist_motorway_m
          WHEN 'class_1' THEN ctx.dist_class_1_m
          ELSE ctx.dist_road_m
        END <= (filter->>'roadKm')::numeric * 1000)
    AND (filter->'point' IS NULL OR ST_DWithin(
          ST_Transform(b.geom, 4326)::geography,
          ST_SetSRID(ST_MakePoint((filter->'point'->>0)::double precision, (filter->'point'->>1)::double precision), 4326)::geography,
          (filter->>'pointKm')::double precision * 1000))
    AND (filter->'polygon' IS NULL OR ST_Intersects(b.geom, ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON(filter->>'polygon'), 4326), 3857)))
$$;
