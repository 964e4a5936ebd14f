-- ČHMÚ's thresholds as the flood watch applies them: SPA4 is the extreme level only where it lies above SPA 3 (a few
-- stations list it lower). The one place that rule is written; the rule engine, the operator view, the gauge page
-- and the public status read it.
CREATE OR REPLACE VIEW flood_gauge_threshold AS
SELECT g.id,
       g.spa1_cm, g.spa2_cm, g.spa3_cm,
       CASE WHEN g.spa4_cm > coalesce(g.spa3_cm, 0) THEN g.spa4_cm END AS extreme_cm,
       g.drought_cm,
       g.spa1_m3s, g.spa2_m3s, g.spa3_m3s,
       CASE WHEN g.spa4_m3s > coalesce(g.spa3_m3s, 0) THEN g.spa4_m3s END AS extreme_m3s,
       g.drought_m3s,
       g.spa1_cm IS NULL AND g.spa1_m3s IS NULL AS without_spa
FROM flood_gauge AS g;
