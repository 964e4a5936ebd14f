-- Municipality details with its indicators.
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
    SELECT m.kod_obec AS id,
           jsonb_build_object(
             'name', m.name,
             'kod_obec', m.kod_obec,
             'district', d.name,
             'region', r.name,
             'orp', m.orp_name,
             'population', m.population_2019,
             'area_km2', round(m.area_km2::numeric, 2),
             'population_density', i.population_density,
             'brownfield_count', i.brownfield_count,
             'brownfield_ha', i.brownfield_ha,
             'brownfield_ha_per_1000', i.brownfield_ha_per_1000,
             'share_near_5g', i.share_near_5g
           ) AS properties,
           m.geom
    FROM municipality AS m
    JOIN municipality_indicator AS i USING (kod_obec)
    JOIN district AS d ON d.lau1 = m.district_lau1
    JOIN region AS r ON r.nuts3 = m.region_nuts3
    CROSS JOIN request
    WHERE (request.id IS NULL OR m.kod_obec = request.id)
      AND (request.area IS NULL OR (m.geom && request.area AND ST_Intersects(m.geom, request.area)))
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
