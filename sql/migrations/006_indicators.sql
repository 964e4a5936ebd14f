-- Per-municipality indicators, recomputed after every data load (REFRESH MATERIALIZED VIEW).

CREATE MATERIALIZED VIEW IF NOT EXISTS municipality_indicator AS
WITH
  -- Web Mercator stretches lengths by 1 / cos(latitude): widen the 2 km buffer to match on the ground.
  corridor_zone AS (
    SELECT ST_Union(ST_Buffer(c.geom, 2000 / cos(radians(ST_Y(ST_Transform(ST_Centroid(c.geom), 4326)))))) AS geom
    FROM corridor_5g AS c
  ),
  brownfield_total AS (
    SELECT b.kod_obec, count(*) AS brownfield_count, sum(b.area_ha) AS brownfield_ha
    FROM brownfield AS b
    GROUP BY b.kod_obec
  )
SELECT
  m.kod_obec,
  m.population_2019,
  m.area_km2,
  round((m.population_2019 / nullif(m.area_km2, 0))::numeric, 1)::double precision AS population_density,
  coalesce(t.brownfield_count, 0)::integer AS brownfield_count,
  coalesce(t.brownfield_ha, 0)::double precision AS brownfield_ha,
  round((coalesce(t.brownfield_ha, 0) * 1000 / nullif(m.population_2019, 0))::numeric, 3)::double precision AS brownfield_ha_per_1000,
  round(coalesce(ST_Area(ST_Intersection(m.geom, z.geom)) / nullif(ST_Area(m.geom), 0), 0)::numeric, 4)::double precision AS share_near_5g
FROM municipality AS m
LEFT JOIN brownfield_total AS t USING (kod_obec)
CROSS JOIN corridor_zone AS z
WITH NO DATA;

CREATE UNIQUE INDEX IF NOT EXISTS municipality_indicator_pk ON municipality_indicator (kod_obec);
