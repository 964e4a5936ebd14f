-- 5G corridor details (synthetic).
-- One row per feature: id (the MVT feature id), properties and geom (EPSG:3857). sql/queries/feature_page.sql
-- wraps it with `request` (which this query may read), the id, bbox and CQL2 filters and paging.
SELECT c.id,
       jsonb_build_object(
         'name', c.name,
         'code', c.code,
         'operator', c.operator,
         'status', c.status,
         'bandwidth_mbps', c.bandwidth_mbps,
         'latency_ms', c.latency_ms,
         'length_km', c.length_km,
         'base_stations', (SELECT count(*) FROM base_station_5g AS s WHERE s.corridor_id = c.id),
         'synthetic', c.synthetic
       ) AS properties,
       c.geom
FROM corridor_5g AS c;
