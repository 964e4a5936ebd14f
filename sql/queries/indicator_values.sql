-- Values of one municipality indicator. $1 the indicator id (see src/lib/indicators.ts).
SELECT v.kod_obec AS id, v.value
FROM municipality_indicator_value AS v
WHERE v.indicator = $1
ORDER BY v.kod_obec;
