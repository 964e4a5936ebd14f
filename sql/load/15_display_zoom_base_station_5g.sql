-- Thins base_station_5g for low zooms: below z12 a feature is drawn only once it is the first in its grid cell of
-- 1/32 tile width (about a thousand per tile at most); display_zoom is the first zoom at which that happens.
WITH
  zoom AS (
    SELECT z, 40075016.685578 / 2 ^ z / 32 AS cell
    FROM generate_series(0, 11) AS z
  ),
  -- The one feature kept in each cell at each zoom.
  kept AS (
    SELECT DISTINCT ON (zoom.z, floor(ST_X(a.anchor) / zoom.cell), floor(ST_Y(a.anchor) / zoom.cell)) a.id, zoom.z
    FROM (SELECT t.*, t.geom AS anchor FROM base_station_5g AS t) AS a
    CROSS JOIN zoom
    ORDER BY zoom.z, floor(ST_X(a.anchor) / zoom.cell), floor(ST_Y(a.anchor) / zoom.cell), a.id
  ),
  first_kept AS (
    SELECT id, min(z) AS z
    FROM kept
    GROUP BY id
  )
UPDATE base_station_5g AS t
SET display_zoom = first_kept.z
FROM first_kept
WHERE t.id = first_kept.id;
