-- Brownfield sites. `public` is the owner's consent to publication (CzechInvest's public part); sites without it
-- are for planners only. All rows of the shipped demo data are synthetic.

CREATE TABLE IF NOT EXISTS brownfield (
  id integer PRIMARY KEY,
  code text NOT NULL UNIQUE,
  name text NOT NULL,
  kod_obec integer NOT NULL REFERENCES municipality (kod_obec),
  area_ha numeric NOT NULL CHECK (area_ha > 0),
  built_up_ha numeric NOT NULL CHECK (built_up_ha >= 0 AND built_up_ha <= area_ha),
  previous_use text NOT NULL CHECK (previous_use IN ('industrial', 'agricultural', 'civic', 'military', 'residential', 'transport', 'other')),
  ownership text NOT NULL CHECK (ownership IN ('private', 'municipal', 'regional', 'state', 'mixed')),
  ecological_burden text NOT NULL CHECK (ecological_burden IN ('none', 'suspected', 'confirmed')),
  state text NOT NULL CHECK (state IN ('derelict', 'partly_used', 'in_regeneration', 'regenerated')),
  proposed_reuse text NOT NULL CHECK (proposed_reuse IN ('small_business_coworking', 'economic_use_natural_succession', 'housing_mixed_use', 'not_decided')),
  public boolean NOT NULL,
  synthetic boolean NOT NULL,
  geom geometry(MultiPolygon, 3857) NOT NULL
);

CREATE INDEX IF NOT EXISTS brownfield_geom_idx ON brownfield USING gist (geom);
CREATE INDEX IF NOT EXISTS brownfield_municipality_idx ON brownfield (kod_obec);
