-- The region outlines are detailed (≈20,000 vertices each; the district outlines come generalised): clipping them for every tile at z10+ costs
-- milliseconds for a few bytes of output. A 10 m (Web Mercator) simplification is below a pixel up to z13 and
-- far finer than the 1:500,000 sources of the other layers.
ALTER TABLE region
  ADD COLUMN IF NOT EXISTS geom_mid geometry(MultiPolygon, 3857)
  GENERATED ALWAYS AS (ST_Multi(ST_SimplifyPreserveTopology(geom, 10))) STORED;
