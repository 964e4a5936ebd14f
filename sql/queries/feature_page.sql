-- One page of one layer's features, for the details API and OGC API items. The layer's own query
-- (sql/features/<layer>.sql: id, properties, geom) takes the place of the marked comment; features.ts composes it.
-- $1 feature id or NULL for all, $2 true when the viewer may see restricted records, $3–$6 west, south, east, north
-- in lon/lat or NULL, $7 limit, $8 offset, $9 jsonpath (compiled CQL2) over {p: properties, s: [intersects the
-- i-th filter geometry]} or NULL, $10 its variables, $11 a JSON array of the filter's GeoJSON geometries (lon/lat)
-- or NULL, $12 and $13 the start and end of a time interval (either NULL for an open end) that the feature's
-- temporal property $14 (a timestamp in its properties; NULL selects by no time) must fall in. Rows in id order:
-- id, properties, lon/lat bbox, GeoJSON geometry (right-hand rule, 7 decimals) and how many features matched in all.
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
           ARRAY(
             SELECT ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON(t.geometry), 4326), 3857)
             FROM jsonb_array_elements(coalesce($11::jsonb, '[]')) WITH ORDINALITY AS t (geometry, position)
             ORDER BY t.position
           ) AS filter_geometries,
           $12::timestamptz AS time_start,
           $13::timestamptz AS time_end,
           $14::text AS temporal_property
  ),
  feature AS (
    /* layer features */
  ),
  matching AS (
    SELECT feature.id, feature.properties, feature.geom
    FROM feature
    CROSS JOIN request
    WHERE (request.id IS NULL OR feature.id = request.id)
      AND (request.area IS NULL OR (feature.geom && request.area AND ST_Intersects(feature.geom, request.area)))
      AND (request.filter IS NULL OR jsonb_path_match(
            jsonb_build_object('p', feature.properties, 's', ARRAY(
              SELECT ST_Intersects(feature.geom, t.geometry)
              FROM unnest(request.filter_geometries) WITH ORDINALITY AS t (geometry, position)
              ORDER BY t.position
            )),
            request.filter, request.filter_vars, silent => true))
      AND (request.temporal_property IS NULL OR (
            (feature.properties->>request.temporal_property)::timestamptz
              BETWEEN coalesce(request.time_start, '-infinity') AND coalesce(request.time_end, 'infinity')))
  )
SELECT page.id, page.properties,
       ARRAY[ST_XMin(page.lonlat), ST_YMin(page.lonlat), ST_XMax(page.lonlat), ST_YMax(page.lonlat)] AS bbox,
       ST_AsGeoJSON(ST_ForcePolygonCCW(page.lonlat), 7)::jsonb AS geometry,
       page.matched
FROM (
  SELECT matching.id, matching.properties, ST_Transform(matching.geom, 4326) AS lonlat, count(*) OVER () AS matched
  FROM matching
  ORDER BY matching.id
  LIMIT (SELECT page_limit FROM request)
  OFFSET (SELECT page_offset FROM request)
) AS page
ORDER BY page.id;
