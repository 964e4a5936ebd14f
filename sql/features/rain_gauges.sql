-- Rain gauge details (synthetic).
-- $1 feature id, $2 true when the viewer may see restricted records. One row: properties and lon/lat bbox.
WITH
  request AS (
    SELECT $1::integer AS id, $2::boolean AS include_restricted
  ),
  feature AS (
    SELECT jsonb_build_object(
             'name', r.name,
             'code', r.code,
             'catchment', r.catchment,
             'flood_gauge', g.station_name || ' (' || g.river_name || ')',
             'synthetic', r.synthetic
           ) AS properties,
           r.geom
    FROM rain_gauge AS r
    LEFT JOIN flood_gauge AS g ON g.id = r.flood_gauge_id
    CROSS JOIN request
    WHERE r.id = request.id
  )
SELECT f.properties,
       ARRAY[ST_XMin(f.box), ST_YMin(f.box), ST_XMax(f.box), ST_YMax(f.box)] AS bbox
FROM (SELECT properties, Box2D(ST_Transform(geom, 4326)) AS box FROM feature) AS f;
