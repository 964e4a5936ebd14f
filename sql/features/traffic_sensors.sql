-- Traffic counter details (synthetic).
-- $1 feature id, $2 true when the viewer may see restricted records. One row: properties and lon/lat bbox.
WITH
  request AS (
    SELECT $1::integer AS id, $2::boolean AS include_restricted
  ),
  feature AS (
    SELECT jsonb_build_object(
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
    LEFT JOIN municipality AS m USING (kod_obec)
    CROSS JOIN request
    WHERE s.id = request.id
  )
SELECT f.properties,
       ARRAY[ST_XMin(f.box), ST_YMin(f.box), ST_XMax(f.box), ST_YMax(f.box)] AS bbox
FROM (SELECT properties, Box2D(ST_Transform(geom, 4326)) AS box FROM feature) AS f;
