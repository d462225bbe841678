-- The partners' English names as the partners write them, with their places' diacritics: "Creative Industry Košice",
-- not "Kosice" (the first migration had dropped them). A correction of reference data, not an edit: no history row.
UPDATE partner SET name_en = replace(name_en, 'Kosice', 'Košice') WHERE name_en LIKE '%Kosice%';
UPDATE partner SET name_en = replace(name_en, 'Resita', 'Reșița') WHERE name_en LIKE '%Resita%';
UPDATE partner SET name_en = replace(name_en, 'Balti', 'Bălți') WHERE name_en LIKE '%Balti%';
UPDATE partner SET name_en = replace(name_en, 'Backa', 'Bačka') WHERE name_en LIKE '%Backa%';
