-- The national municipality set (loaded for the planner benchmark) comes without ORP and POU: those are known for
-- the two regions' municipalities only, so elsewhere they are NULL rather than made up.
ALTER TABLE municipality ALTER COLUMN kod_orp DROP NOT NULL;
ALTER TABLE municipality ALTER COLUMN orp_name DROP NOT NULL;
ALTER TABLE municipality ALTER COLUMN kod_pou DROP NOT NULL;
ALTER TABLE municipality ALTER COLUMN pou_name DROP NOT NULL;
