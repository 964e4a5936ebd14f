-- Everything a kiosk page says about its place, public data only. $1 lon, $2 lat, $3 RÚIAN code of the municipality.
-- Distances are on the ground (geography).
WITH
  here AS (
    SELECT ST_SetSRID(ST_MakePoint($1::double precision, $2::double precision), 4326) AS lonlat,
           ST_Transform(ST_SetSRID(ST_MakePoint($1::double precision, $2::double precision), 4326), 3857) AS point
  ),
  place AS (
    SELECT jsonb_build_object('name', m.name, 'population', m.population_2019, 'district', d.name, 'region', r.name, 'areaKm2', round(m.area_km2::numeric, 1)) AS facts
    FROM municipality AS m
    JOIN district AS d ON d.lau1 = m.district_lau1
    JOIN region AS r ON r.nuts3 = m.region_nuts3
    WHERE m.kod_obec = $3::integer
  ),
  gauges AS (
    SELECT g.station_name AS name, g.river_name AS river, coalesce(st.level, 'normal') AS level, st.rate_per_hour AS rate,
           st.observed_at, array_position(array['normal', 'spa1', 'spa2', 'spa3', 'extreme'], coalesce(st.level, 'normal')) AS rank
    FROM flood_gauge AS g
    JOIN sensor AS s ON s.layer = 'flood_gauges' AND s.feature_id = g.id
    LEFT JOIN flood_state AS st ON st.sensor_id = s.id
    WHERE coalesce(st.level, 'normal') <> 'none'
  ),
  flood AS (
    SELECT jsonb_build_object(
             'highest', (SELECT level FROM gauges ORDER BY rank DESC LIMIT 1),
             'raised', (SELECT coalesce(jsonb_agg(jsonb_build_object('name', name, 'river', river, 'level', level, 'rate', round(rate::numeric, 1)) ORDER BY rank DESC, rate DESC NULLS LAST), '[]')
                        FROM gauges WHERE rank > 1),
             'gauges', (SELECT count(*) FROM gauges),
             'observedAt', (SELECT max(observed_at) FROM gauges)
           ) AS summary
  ),
  traffic AS (
    SELECT coalesce(jsonb_agg(row ORDER BY (row->>'distanceM')::double precision), '[]') AS sensors
    FROM (
      SELECT jsonb_build_object(
               'name', t.name, 'road', t.road, 'typicalDaily', t.typical_daily_volume,
               'distanceM', round(ST_Distance(ST_Transform(t.geom, 4326)::geography, here.lonlat::geography)),
               'vehicles', (SELECT sum(l.value) FROM datastream AS d JOIN datastream_latest AS l ON l.datastream_id = d.id
                            JOIN sensor AS s ON s.id = d.sensor_id
                            WHERE s.layer = 'traffic_sensors' AND s.feature_id = t.id AND d.observed_property IN ('vehicles_light', 'vehicles_heavy')),
               'observedAt', (SELECT max(l.phenomenon_time) FROM datastream AS d JOIN datastream_latest AS l ON l.datastream_id = d.id
                              JOIN sensor AS s ON s.id = d.sensor_id WHERE s.layer = 'traffic_sensors' AND s.feature_id = t.id)
             ) AS row
      FROM traffic_sensor AS t, here
      ORDER BY t.geom <-> here.point
      LIMIT 3
    ) AS nearest
  ),
  connectivity AS (
    SELECT jsonb_build_object(
             'name', c.name, 'operator', c.operator, 'status', c.status, 'bandwidthMbps', c.bandwidth_mbps,
             'distanceM', round(ST_Distance(ST_Transform(c.geom, 4326)::geography, here.lonlat::geography)),
             'stationsWithin2km', (SELECT count(*) FROM base_station_5g AS b
                                   WHERE ST_DWithin(ST_Transform(b.geom, 4326)::geography, here.lonlat::geography, 2000))
           ) AS corridor
    FROM corridor_5g AS c, here
    ORDER BY c.geom <-> here.point
    LIMIT 1
  ),
  regeneration AS (
    SELECT coalesce(jsonb_agg(row ORDER BY (row->>'distanceM')::double precision), '[]') AS sites
    FROM (
      SELECT jsonb_build_object('name', b.name, 'state', b.state, 'reuse', b.proposed_reuse, 'areaHa', b.area_ha, 'synthetic', b.synthetic,
                                'distanceM', round(ST_Distance(ST_Transform(ST_PointOnSurface(b.geom), 4326)::geography, here.lonlat::geography))) AS row
      FROM brownfield AS b, here
      WHERE b.public AND b.state IN ('in_regeneration', 'regenerated')
        AND ST_DWithin(ST_Transform(b.geom, 4326)::geography, here.lonlat::geography, 5000)
      ORDER BY b.geom <-> here.point
      LIMIT 4
    ) AS nearby
  )
SELECT (SELECT facts FROM place) AS place,
       (SELECT summary FROM flood) AS flood,
       (SELECT sensors FROM traffic) AS traffic,
       (SELECT corridor FROM connectivity) AS corridor,
       (SELECT sites FROM regeneration) AS regeneration,
       now() AS generated_at;
