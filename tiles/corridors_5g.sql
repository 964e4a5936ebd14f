-- 5G corridors (synthetic); at most 1,000 per tile below z10, live ones first.
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
    SELECT c.id,
           c.code,
           c.name,
           c.operator,
           c.status,
           c.bandwidth_mbps,
           c.latency_ms::double precision AS latency_ms,
           c.length_km::double precision AS length_km,
           c.synthetic,
           ST_AsMVTGeom(c.geom, tile.envelope, 4096, 64, true) AS geom
    FROM corridor_5g AS c
    CROSS JOIN tile
    WHERE c.geom && tile.search_area
      AND ST_Intersects(c.geom, tile.envelope)
      AND c.display_zoom <= tile.z
    ORDER BY array_position(ARRAY['live', 'piloting', 'planned'], c.status), c.length_km DESC, c.id
    LIMIT CASE WHEN $1 < 10 THEN 1000 ELSE 20000 END
  )
SELECT ST_AsMVT(feature, 'corridors_5g', 4096, 'geom', 'id')
FROM feature
WHERE geom IS NOT NULL;
