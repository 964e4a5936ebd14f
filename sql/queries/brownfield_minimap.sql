-- Small printable maps of sites for the comparison and the site sheet: around each site a square window (at least
-- 3 km of Web Mercator, ≈ 1.9 km on the ground here, or twice the site), with municipality boundaries, water, 5G
-- corridors, traffic counters and the other brownfields the viewer may see, clipped to the window and drawn as SVG
-- path data in a 160 × 160 box (ST_AsSVG, y down). $1 site ids, $2 include restricted.
WITH
  site AS (
    SELECT b.id, b.geom,
           ST_Expand(ST_Centroid(ST_Envelope(b.geom)),
                     greatest(1500, ST_XMax(b.geom) - ST_XMin(b.geom), ST_YMax(b.geom) - ST_YMin(b.geom))) AS window
    FROM brownfield AS b
    WHERE b.id = ANY ($1::integer[])
      AND (b.public OR $2::boolean)
  ),
  frame AS (
    SELECT site.*, ST_XMin(site.window) AS x0, ST_YMax(site.window) AS y0,
           160 / (ST_XMax(site.window) - ST_XMin(site.window)) AS scale
    FROM site
  )
SELECT frame.id,
       round(ST_Distance(
         ST_Transform(ST_SetSRID(ST_MakePoint(ST_XMin(frame.window), ST_Y(ST_Centroid(frame.window))), 3857), 4326)::geography,
         ST_Transform(ST_SetSRID(ST_MakePoint(ST_XMax(frame.window), ST_Y(ST_Centroid(frame.window))), 3857), 4326)::geography
       ))::integer AS width_m,
       ST_AsSVG(ST_TransScale(frame.geom, -frame.x0, -frame.y0, frame.scale, frame.scale), 0, 1) AS site,
       (SELECT ST_AsSVG(ST_TransScale(ST_CollectionExtract(ST_Collect(ST_Intersection(ST_Boundary(m.geom), frame.window)), 2), -frame.x0, -frame.y0, frame.scale, frame.scale), 0, 1)
        FROM municipality AS m WHERE m.geom && frame.window) AS boundaries,
       (SELECT ST_AsSVG(ST_TransScale(ST_CollectionExtract(ST_Collect(ST_Intersection(w.geom, frame.window)), 3), -frame.x0, -frame.y0, frame.scale, frame.scale), 0, 1)
        FROM water_body AS w WHERE w.geom && frame.window) AS water,
       (SELECT ST_AsSVG(ST_TransScale(ST_CollectionExtract(ST_Collect(ST_Intersection(r.geom, frame.window)), 2), -frame.x0, -frame.y0, frame.scale, frame.scale), 0, 1)
        FROM river AS r WHERE r.geom && frame.window) AS rivers,
       (SELECT ST_AsSVG(ST_TransScale(ST_CollectionExtract(ST_Collect(ST_Intersection(c.geom, frame.window)), 2), -frame.x0, -frame.y0, frame.scale, frame.scale), 0, 1)
        FROM corridor_5g AS c WHERE c.geom && frame.window) AS corridors,
       (SELECT ST_AsSVG(ST_TransScale(ST_CollectionExtract(ST_Collect(ST_Intersection(o.geom, frame.window)), 3), -frame.x0, -frame.y0, frame.scale, frame.scale), 0, 1)
        FROM brownfield AS o WHERE o.geom && frame.window AND o.id <> frame.id AND (o.public OR $2::boolean)) AS other_sites,
       (SELECT array_agg(ARRAY[round(((ST_X(t.geom) - frame.x0) * frame.scale)::numeric, 1), round(((frame.y0 - ST_Y(t.geom)) * frame.scale)::numeric, 1)] ORDER BY t.id)
        FROM traffic_sensor AS t WHERE ST_Intersects(t.geom, frame.window)) AS counters
FROM frame
ORDER BY frame.id;
