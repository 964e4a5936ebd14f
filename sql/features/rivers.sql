-- River details.
-- One row per feature: id (the MVT feature id), properties and geom (EPSG:3857). sql/queries/feature_page.sql
-- wraps it with `request` (which this query may read), the id, bbox and CQL2 filters and paging.
SELECT r.id,
       jsonb_build_object(
         'name', r.name,
         'kind', r.kind,
         'major', r.major,
         'length_km', round((ST_Length(ST_Transform(r.geom, 4326)::geography) / 1000)::numeric, 1)
       ) AS properties,
       r.geom
FROM river AS r;
