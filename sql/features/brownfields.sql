-- Brownfield details (synthetic); sites without publication consent only for viewers allowed restricted records.
-- $1 feature id, $2 true when the viewer may see restricted records. One row: properties and lon/lat bbox.
WITH
  request AS (
    SELECT $1::integer AS id, $2::boolean AS include_restricted
  ),
  feature AS (
    SELECT jsonb_build_object(
             'name', b.name,
             'code', b.code,
             'municipality', m.name,
             'district', d.name,
             'area_ha', b.area_ha,
             'built_up_ha', b.built_up_ha,
             'previous_use', b.previous_use,
             'ownership', b.ownership,
             'ecological_burden', b.ecological_burden,
             'state', b.state,
             'proposed_reuse', b.proposed_reuse,
             'public', b.public,
             'synthetic', b.synthetic
           ) AS properties,
           b.geom
    FROM brownfield AS b
    JOIN municipality AS m USING (kod_obec)
    JOIN district AS d ON d.lau1 = m.district_lau1
    CROSS JOIN request
    WHERE b.id = request.id
      AND (b.public OR request.include_restricted)
  )
SELECT f.properties,
       ARRAY[ST_XMin(f.box), ST_YMin(f.box), ST_XMax(f.box), ST_YMax(f.box)] AS bbox
FROM (SELECT properties, Box2D(ST_Transform(geom, 4326)) AS box FROM feature) AS f;
