-- ČHMÚ gauge details with all thresholds (no invented ones) and the flood watch's current state.
-- $1 feature id or NULL for all, $2 true when the viewer may see restricted records, $3–$6 west, south, east,
-- north in lon/lat or NULL, $7 limit, $8 offset, $9 jsonpath over the properties (compiled CQL2) or NULL, $10 its
-- variables, $11 GeoJSON (lon/lat) to intersect or NULL. Rows in id order: id, properties, lon/lat bbox, GeoJSON geometry
-- (right-hand rule, 7 decimals) and how many features matched in all.
WITH
  request AS (
    SELECT $1::integer AS id,
           $2::boolean AS include_restricted,
           CASE WHEN $3::double precision IS NOT NULL
             THEN ST_Transform(ST_MakeEnvelope($3, $4::double precision, $5::double precision, $6::double precision, 4326), 3857)
           END AS area,
           $7::integer AS page_limit,
           $8::integer AS page_offset,
           $9::jsonpath AS filter,
           coalesce($10::jsonb, '{}') AS filter_vars,
           ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON($11::text), 4326), 3857) AS filter_geometry
  ),
  feature AS (
    SELECT g.id AS id,
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
    CROSS JOIN request
    LEFT JOIN sensor AS s ON s.layer = 'flood_gauges' AND s.feature_id = g.id
    LEFT JOIN flood_state AS st ON st.sensor_id = s.id
    LEFT JOIN LATERAL (
      SELECT max(l.value) FILTER (WHERE d.observed_property = 'stage') AS stage_cm,
             max(l.value) FILTER (WHERE d.observed_property = 'discharge') AS discharge_m3s,
             max(l.phenomenon_time) AS observed_at
      FROM datastream AS d
      JOIN datastream_latest AS l ON l.datastream_id = d.id
      WHERE d.sensor_id = s.id
    ) AS latest ON true
    WHERE (request.id IS NULL OR g.id = request.id)
      AND (request.area IS NULL OR (g.geom && request.area AND ST_Intersects(g.geom, request.area)))
  )
SELECT page.id, page.properties,
       ARRAY[ST_XMin(page.lonlat), ST_YMin(page.lonlat), ST_XMax(page.lonlat), ST_YMax(page.lonlat)] AS bbox,
       ST_AsGeoJSON(ST_ForcePolygonCCW(page.lonlat), 7)::jsonb AS geometry,
       page.matched
FROM (
  SELECT feature.id, feature.properties, ST_Transform(feature.geom, 4326) AS lonlat, count(*) OVER () AS matched
  FROM feature
  CROSS JOIN request
  WHERE (request.filter IS NULL OR jsonb_path_match(feature.properties, request.filter, request.filter_vars, silent => true))
    AND (request.filter_geometry IS NULL OR ST_Intersects(feature.geom, request.filter_geometry))
  ORDER BY feature.id
  LIMIT (SELECT page_limit FROM request)
  OFFSET (SELECT page_offset FROM request)
) AS page
ORDER BY page.id;
