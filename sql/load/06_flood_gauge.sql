-- $1: chmi_gauges_ul_lb.geojson (ČHMÚ hydrology metadata meta1.json).
WITH feature AS (
  SELECT f -> 'properties' AS p, ST_SetSRID(ST_GeomFromGeoJSON(f -> 'geometry'), 4326) AS geom
  FROM jsonb_array_elements($1::jsonb -> 'features') AS f
)
INSERT INTO flood_gauge (id, dbc, obj_id, station_name, river_name, region_name, threshold_kind,
  spa1_cm, spa2_cm, spa3_cm, spa4_cm, drought_cm, spa1_m3s, spa2_m3s, spa3_m3s, spa4_m3s, drought_m3s,
  catchment_km2, hydro_order, geom)
SELECT
  (p ->> 'DBC')::integer,
  p ->> 'DBC',
  p ->> 'objID',
  p ->> 'STATION_NAME',
  p ->> 'STREAM_NAME',
  p ->> 'kraj',
  nullif(p ->> 'SPA_TYP', ''),
  (p ->> 'SPA1H')::numeric, (p ->> 'SPA2H')::numeric, (p ->> 'SPA3H')::numeric, (p ->> 'SPA4H')::numeric,
  (p ->> 'DRYH')::numeric,
  (p ->> 'SPA1Q')::numeric, (p ->> 'SPA2Q')::numeric, (p ->> 'SPA3Q')::numeric, (p ->> 'SPA4Q')::numeric,
  (p ->> 'DRYQ')::numeric,
  (p ->> 'PLO_STA')::numeric,
  p ->> 'HLGP4',
  ST_Transform(geom, 3857)
FROM feature
-- Hilbert order: features near on the map share disk pages, so a tile query reads few pages.
ORDER BY geom;
