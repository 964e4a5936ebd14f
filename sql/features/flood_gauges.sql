-- ČHMÚ gauge details with all thresholds (no invented ones) and the flood watch's current state.
-- One row per feature: id (the MVT feature id), properties and geom (EPSG:3857). sql/queries/feature_page.sql
-- wraps it with `request` (which this query may read), the id, bbox and CQL2 filters and paging.
SELECT g.id,
       jsonb_build_object(
         'dbc', g.dbc,
         'station', g.station_name,
         'river', g.river_name,
         'region', g.region_name,
         'threshold_kind', g.threshold_kind,
         'spa1_cm', g.spa1_cm,
         'spa2_cm', g.spa2_cm,
         'spa3_cm', g.spa3_cm,
         'extreme_cm', g.spa4_cm,
         'drought_cm', g.drought_cm,
         'spa1_m3s', g.spa1_m3s,
         'spa2_m3s', g.spa2_m3s,
         'spa3_m3s', g.spa3_m3s,
         'extreme_m3s', g.spa4_m3s,
         'drought_m3s', g.drought_m3s,
         'catchment_km2', g.catchment_km2,
         'hydro_order', g.hydro_order,
         'has_spa_thresholds', num_nulls(g.spa1_cm, g.spa2_cm, g.spa3_cm) = 0 OR num_nulls(g.spa1_m3s, g.spa2_m3s, g.spa3_m3s) = 0,
         'level', coalesce(st.level, CASE WHEN g.spa1_cm IS NULL AND g.spa1_m3s IS NULL THEN 'none' ELSE 'normal' END),
         'quality', coalesce(st.quality, 'ok'),
         'stage_cm', latest.stage_cm,
         'discharge_m3s', latest.discharge_m3s,
         'observed_at', latest.observed_at
       ) AS properties,
       g.geom
FROM flood_gauge AS g
LEFT JOIN sensor AS s ON s.layer = 'flood_gauges' AND s.feature_id = g.id
LEFT JOIN flood_state AS st ON st.sensor_id = s.id
LEFT JOIN LATERAL (
  SELECT max(l.value) FILTER (WHERE d.observed_property = 'stage') AS stage_cm,
         max(l.value) FILTER (WHERE d.observed_property = 'discharge') AS discharge_m3s,
         max(l.phenomenon_time) AS observed_at
  FROM datastream AS d
  JOIN datastream_latest AS l ON l.datastream_id = d.id
  WHERE d.sensor_id = s.id
) AS latest ON true;
