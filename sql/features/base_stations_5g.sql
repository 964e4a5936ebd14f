-- 5G base station details (synthetic).
-- One row per feature: id (the MVT feature id), properties and geom (EPSG:3857). sql/queries/feature_page.sql
-- wraps it with `request` (which this query may read), the id, bbox and CQL2 filters and paging.
SELECT b.id,
       jsonb_build_object(
         'code', b.code,
         'corridor', c.name,
         'operator', b.operator,
         'status', b.status,
         'synthetic', b.synthetic
       ) AS properties,
       b.geom
FROM base_station_5g AS b
JOIN corridor_5g AS c ON c.id = b.corridor_id;
