-- ČHMÚ river gauges with their flood-activity (SPA) thresholds; absent thresholds stay absent.
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
    SELECT g.id,
           g.dbc,
           g.station_name AS station,
           g.river_name AS river,
           g.spa1_cm::double precision AS spa1_cm,
           g.spa2_cm::double precision AS spa2_cm,
           g.spa3_cm::double precision AS spa3_cm,
           g.spa4_cm::double precision AS extreme_cm,
           g.spa1_m3s::double precision AS spa1_m3s,
           g.spa2_m3s::double precision AS spa2_m3s,
           g.spa3_m3s::double precision AS spa3_m3s,
           g.spa4_m3s::double precision AS extreme_m3s,
           (num_nulls(g.spa1_cm, g.spa2_cm, g.spa3_cm) = 0 OR num_nulls(g.spa1_m3s, g.spa2_m3s, g.spa3_m3s) = 0) AS has_spa_thresholds,
           ST_AsMVTGeom(g.geom, tile.envelope, 4096, 64, true) AS geom
    FROM flood_gauge AS g
    CROSS JOIN tile
    WHERE g.geom && tile.search_area
      AND ST_Intersects(g.geom, tile.envelope)
  )
SELECT ST_AsMVT(feature, 'flood_gauges', 4096, 'geom', 'id')
FROM feature
WHERE geom IS NOT NULL;
