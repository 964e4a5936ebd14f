-- Every write to a layer's table tells listeners (the tile cache) which table changed, once per statement.

CREATE OR REPLACE FUNCTION notify_data_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('atlas_data_changed', TG_TABLE_NAME);
  RETURN NULL;
END;
$$;

DO $$
DECLARE
  table_name text;
BEGIN
  FOREACH table_name IN ARRAY ARRAY['region', 'district', 'municipality', 'river', 'water_body', 'flood_gauge',
    'rain_gauge', 'traffic_sensor', 'corridor_5g', 'base_station_5g', 'brownfield']
  LOOP
    EXECUTE format('CREATE OR REPLACE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I
                    FOR EACH STATEMENT EXECUTE FUNCTION notify_data_change()', table_name || '_changed', table_name);
    EXECUTE format('CREATE OR REPLACE TRIGGER %I AFTER TRUNCATE ON %I
                    FOR EACH STATEMENT EXECUTE FUNCTION notify_data_change()', table_name || '_truncated', table_name);
  END LOOP;
END;
$$;

-- Which data set is loaded, so a restart with unchanged data skips the load.
CREATE TABLE IF NOT EXISTS dataset_load (
  name text PRIMARY KEY,
  checksum text NOT NULL,
  row_counts jsonb NOT NULL,
  loaded_at timestamptz NOT NULL DEFAULT now()
);
