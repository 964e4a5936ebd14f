-- 5G corridor details (synthetic).
-- $1 feature id, $2 true when the viewer may see restricted records. One row: properties and lon/lat bbox.
WITH
  request AS (
    SELECT $1::integer AS id, $2::boolean AS include_restricted
  ),
  feature AS (
    SELECT jsonb_build_object(
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
    FROM corridor_5g AS c
    CROSS JOIN request
    WHERE c.id = request.id
  )
SELECT f.properties,
       ARRAY[ST_XMin(f.box), ST_YMin(f.box), ST_XMax(f.box), ST_YMax(f.box)] AS bbox
FROM (SELECT properties, Box2D(ST_Transform(geom, 4326)) AS box FROM feature) AS f;
