-- Rebuilds the search index from the loaded data.
REFRESH MATERIALIZED VIEW search_entry;
