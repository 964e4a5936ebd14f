-- Distances and population around every brownfield, after all layers are loaded.
REFRESH MATERIALIZED VIEW brownfield_context;
