-- Brownfield sites (synthetic). Sites without the owner's consent only for viewers allowed restricted records.
-- At most 1,000 per tile below z10 and 2,500 below z12, largest first: dense tiles stay well under 500 KB.
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
    SELECT b.id,
           b.code,
           b.name,
           b.kod_obec,
           b.area_ha::double precision AS area_ha,
           b.built_up_ha::double precision AS built_up_ha,
           b.previous_use,
           b.ownership,
           b.ecological_burden,
           b.state,
           b.proposed_reuse,
           b.public,
           b.synthetic,
           ST_AsMVTGeom(b.geom, tile.envelope, 4096, 64, true) AS geom
    FROM brownfield AS b
    CROSS JOIN tile
    WHERE b.geom && tile.search_area
      AND ST_Intersects(b.geom, tile.envelope)
      AND b.display_zoom <= tile.z
      AND (b.public OR tile.include_restricted)
    ORDER BY b.area_ha DESC, b.id
    LIMIT CASE WHEN $1 < 10 THEN 1000 WHEN $1 < 12 THEN 2500 ELSE 20000 END
  )
SELECT ST_AsMVT(feature, 'brownfields', 4096, 'geom', 'id')
FROM feature
WHERE geom IS NOT NULL;
