-- ČHMÚ gauge details with all thresholds; no invented ones.
-- $1 feature id, $2 true when the viewer may see restricted records. One row: properties and lon/lat bbox.
WITH
  request AS (
    SELECT $1::integer AS id, $2::boolean AS include_restricted
  ),
  feature AS (
    SELECT jsonb_build_object(
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
             'has_spa_thresholds', num_nulls(g.spa1_cm, g.spa2_cm, g.spa3_cm) = 0 OR num_nulls(g.spa1_m3s, g.spa2_m3s, g.spa3_m3s) = 0
           ) AS properties,
           g.geom
    FROM flood_gauge AS g
    CROSS JOIN request
    WHERE g.id = request.id
  )
SELECT f.properties,
       ARRAY[ST_XMin(f.box), ST_YMin(f.box), ST_XMax(f.box), ST_YMax(f.box)] AS bbox
FROM (SELECT properties, Box2D(ST_Transform(geom, 4326)) AS box FROM feature) AS f;
