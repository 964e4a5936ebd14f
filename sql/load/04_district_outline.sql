-- District outlines from their municipalities: the district file (powerbi-cesko) has 21–48 vertices per district and
-- strays up to 3 km from the municipality boundaries, so its lines cut across municipalities the map draws. The
-- union of a district's municipalities follows them exactly; codes and names stay those of the district file.
WITH outline AS (
  SELECT m.district_lau1 AS lau1, ST_Multi(ST_CollectionExtract(ST_MakeValid(ST_Union(m.geom)), 3)) AS geom
  FROM municipality AS m
  GROUP BY m.district_lau1
)
UPDATE district AS d
SET geom = outline.geom
FROM outline
WHERE outline.lau1 = d.lau1;
