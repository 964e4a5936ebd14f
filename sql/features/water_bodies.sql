-- Lake or reservoir details.
-- One row per feature: id (the MVT feature id), properties and geom (EPSG:3857). sql/queries/feature_page.sql
-- wraps it with `request` (which this query may read), the id, bbox and CQL2 filters and paging.
SELECT w.id,
       jsonb_build_object(
         'name', w.name,
         'elevation_m', w.elevation_m,
         'area_ha', round((ST_Area(ST_Transform(w.geom, 4326)::geography) / 1e4)::numeric, 1)
       ) AS properties,
       w.geom
FROM water_body AS w;
