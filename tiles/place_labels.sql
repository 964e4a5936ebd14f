-- Municipality names at their RÚIAN definition points; the style shows larger places first as zoom grows.
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
           m.population_2019 AS population,
           ST_AsMVTGeom(m.definition_point, tile.envelope, 4096, 64, true) AS geom
    FROM municipality AS m
    CROSS JOIN tile
    WHERE m.definition_point && tile.search_area
      AND ST_Intersects(m.definition_point, tile.envelope)
  )
SELECT ST_AsMVT(feature, 'place_labels', 4096, 'geom', 'id')
FROM feature
WHERE geom IS NOT NULL;
