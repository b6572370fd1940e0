-- Version 7: international organisations as parties (EU, NATO, UN, ...). A party to a meeting or
-- a document, a delegation's side and a person's allegiance name a row of `countries`, which now
-- holds organisations beside states, told apart by `kind`. The table and its columns keep their
-- names so that the SQL analysts run on their catalogues keeps working; see docs/schema.md.
-- Never edit this file once shipped: add a new numbered file instead.
--
-- SQLite cannot change a column's CHECK in place: the table is made again (the documented
-- twelve-step procedure; the Migrator turns foreign keys off around every migration and checks
-- them before it commits). Organisations and their names are added by CountrySeeder after this
-- file.
CREATE TABLE countries_v7 (
    code TEXT PRIMARY KEY NOT NULL CHECK (length(code) BETWEEN 2 AND 8),
    kind TEXT NOT NULL DEFAULT 'country' CHECK (kind IN ('country', 'organisation')),
    alpha2 TEXT,
    numeric_code TEXT,
    name_en TEXT NOT NULL,
    official_name_en TEXT NOT NULL,
    name_ru TEXT NOT NULL,
    former INTEGER NOT NULL DEFAULT 0 CHECK (former IN (0, 1)),
    withdrawn TEXT,
    CHECK (kind = 'organisation' OR length(code) = 3)
) WITHOUT ROWID;

INSERT INTO countries_v7 (code, kind, alpha2, numeric_code, name_en, official_name_en, name_ru,
                          former, withdrawn)
    SELECT code, 'country', alpha2, numeric_code, name_en, official_name_en, name_ru, former,
           withdrawn
    FROM countries;

DROP TABLE countries;

ALTER TABLE countries_v7 RENAME TO countries;
