-- A refresh fires no trigger: tell the tile cache that the indicators changed.
SELECT pg_notify('atlas_data_changed', 'municipality_indicator');
