-- The municipality indicators in long form, so one query with the indicator id as a bound parameter serves them all.
CREATE OR REPLACE VIEW municipality_indicator_value AS
SELECT i.kod_obec, v.indicator, v.value
FROM municipality_indicator AS i
CROSS JOIN LATERAL (
  VALUES
    ('population', i.population_2019::double precision),
    ('population_density', i.population_density),
    ('area_km2', i.area_km2),
    ('brownfield_count', i.brownfield_count::double precision),
    ('brownfield_ha', i.brownfield_ha),
    ('brownfield_ha_per_1000', i.brownfield_ha_per_1000),
    ('share_near_5g', i.share_near_5g)
) AS v (indicator, value);

CREATE INDEX IF NOT EXISTS municipality_definition_point_idx ON municipality USING gist (definition_point);
