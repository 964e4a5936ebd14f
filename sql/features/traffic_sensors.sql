-- Traffic counter details (synthetic).
-- One row per feature: id (the MVT feature id), properties and geom (EPSG:3857). sql/queries/feature_page.sql
-- wraps it with `request` (which this query may read), the id, bbox and CQL2 filters and paging.
SELECT s.id,
       jsonb_build_object(
         'name', s.name,
         'code', s.code,
         'road', s.road,
         'road_class', s.road_class,
         'directions', s.directions,
         'lanes', s.lanes,
         'typical_daily_volume', s.typical_daily_volume,
         'heavy_vehicle_share', s.heavy_vehicle_share,
         'municipality', m.name,
         'synthetic', s.synthetic
       ) AS properties,
       s.geom
FROM traffic_sensor AS s
LEFT JOIN municipality AS m USING (kod_obec);
