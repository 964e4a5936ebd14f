-- Municipalities with their indicators; generalised geometry below z10.
WITH
  -- $1 z, $2 x, $3 y; $4 true when the viewer may see restricted records. Features must touch the tile
  -- itself; the 64-unit buffer only keeps clipped lines and outlines continuous across tile edges.
  tile AS (
    SELECT $1::integer AS z,
           ST_TileEnvelope($1, $2, $3) AS envelope,
           ST_TileEnvelope($1, $2, $3, margin => 64.0 / 4096) AS search_area,
           $4::boolean AS include_restricted
  ),
  feature AS (
    SELECT m.kod_obec AS id,
           m.name,
           m.district_lau1,
           m.region_nuts3,
           m.population_2019 AS population,
           round(m.area_km2::numeric, 2)::double precision AS area_km2,
           i.population_density,
           i.brownfield_ha_per_1000,
           i.share_near_5g,
           ST_AsMVTGeom(CASE WHEN tile.z < 10 THEN m.geom_low ELSE m.geom END, tile.envelope, 4096, 64, true) AS geom
    FROM municipality AS m
    JOIN municipality_indicator AS i USING (kod_obec)
    CROSS JOIN tile
    WHERE m.geom && tile.search_area
      AND ST_Intersects(CASE WHEN tile.z < 10 THEN m.geom_low ELSE m.geom END, tile.envelope)
  )
SELECT ST_AsMVT(feature, 'municipalities', 4096, 'geom', 'id')
FROM feature
WHERE geom IS NOT NULL;
