-- The first zoom at which a feature of a dense layer is drawn. Loading thins each layer for low zooms the way
-- tippecanoe does (sql/load/*_display_zoom_*.sql); every feature is drawn from z12 on.
ALTER TABLE brownfield ADD COLUMN IF NOT EXISTS display_zoom smallint NOT NULL DEFAULT 12;
ALTER TABLE traffic_sensor ADD COLUMN IF NOT EXISTS display_zoom smallint NOT NULL DEFAULT 12;
ALTER TABLE corridor_5g ADD COLUMN IF NOT EXISTS display_zoom smallint NOT NULL DEFAULT 12;
ALTER TABLE base_station_5g ADD COLUMN IF NOT EXISTS display_zoom smallint NOT NULL DEFAULT 12;

-- Tile queries ask "in this box AND drawn at this zoom": one GiST index answers both (btree_gist supplies the
-- smallint operator class), so a low-zoom tile never visits the rows it will not draw.
CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE INDEX IF NOT EXISTS brownfield_display_idx ON brownfield USING gist (geom, display_zoom);
CREATE INDEX IF NOT EXISTS traffic_sensor_display_idx ON traffic_sensor USING gist (geom, display_zoom);
CREATE INDEX IF NOT EXISTS corridor_5g_display_idx ON corridor_5g USING gist (geom, display_zoom);
CREATE INDEX IF NOT EXISTS base_station_5g_display_idx ON base_station_5g USING gist (geom, display_zoom);
