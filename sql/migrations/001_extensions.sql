-- PostGIS for geometry, tiles and spatial questions.
CREATE EXTENSION IF NOT EXISTS postgis;
