-- Recomputes the indicators from the loaded data.
REFRESH MATERIALIZED VIEW municipality_indicator;
