-- Matching sites summed per municipality or district: count, total and built-up hectares, by previous use and by
-- state. $1 filter (jsonb), $2 include restricted, $3 'municipality' or 'district'.
WITH
  matching AS (
    SELECT b.*, m.name AS municipality_name, m.district_lau1, d.name AS district_name, d.kod_okres
    FROM brownfield_matching($1::jsonb, $2::boolean) AS hit
    JOIN brownfield AS b ON b.id = hit.id
    JOIN municipality AS m ON m.kod_obec = b.kod_obec
    JOIN district AS d ON d.lau1 = m.district_lau1
  ),
  grouped AS (
    SELECT CASE WHEN $3::text = 'district' THEN kod_okres ELSE kod_obec END AS id,
           CASE WHEN $3::text = 'district' THEN district_name ELSE municipality_name END AS name,
           previous_use, state, area_ha, built_up_ha
    FROM matching
  )
SELECT id, name, count(*)::integer AS count, round(sum(area_ha), 2)::double precision AS total_ha,
       round(sum(built_up_ha), 2)::double precision AS built_up_ha,
       (SELECT jsonb_object_agg(use, n) FROM (SELECT g.previous_use AS use, count(*) AS n FROM grouped AS g WHERE g.id = grouped.id GROUP BY 1) AS u) AS by_previous_use,
       (SELECT jsonb_object_agg(state, n) FROM (SELECT g.state, count(*) AS n FROM grouped AS g WHERE g.id = grouped.id GROUP BY 1) AS s) AS by_state
FROM grouped
GROUP BY id, name
ORDER BY total_ha DESC, name;
