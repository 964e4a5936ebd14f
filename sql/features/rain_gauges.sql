-- Rain gauge details (synthetic).
-- One row per feature: id (the MVT feature id), properties and geom (EPSG:3857). sql/queries/feature_page.sql
-- wraps it with `request` (which this query may read), the id, bbox and CQL2 filters and paging.
SELECT r.id,
       jsonb_build_object(
         'name', r.name,
         'code', r.code,
         'catchment', r.catchment,
         'flood_gauge', g.station_name || ' (' || g.river_name || ')',
         'synthetic', r.synthetic
       ) AS properties,
       r.geom
FROM rain_gauge AS r
LEFT JOIN flood_gauge AS g ON g.id = r.flood_gauge_id;
