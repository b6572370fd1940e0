-- Version 4: titles and places sort the way the reader's language sorts them (see
-- docs/schema.md, "Sort keys"). One statement per step; steps end with a semicolon at the end of
-- a line. Never edit this file once shipped: add a new numbered file instead.

-- Collation sort keys written from C++ by NameCollation (QCollator's order as bytes), compared by
-- SQLite as plain BLOBs: no custom collation in the schema, so any SQLite tool still reads and
-- writes the file. Filled for existing rows by Catalogue when it opens the file for writing.
ALTER TABLE meetings ADD COLUMN title_key BLOB NOT NULL DEFAULT x'';

ALTER TABLE meetings ADD COLUMN place_key BLOB NOT NULL DEFAULT x'';

-- Facts about the catalogue as a whole: which collation made the sort keys above
-- (sort_locale, sort_collation), so that keys are made again when it changes.
CREATE TABLE catalogue_info (
    name TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- The meetings table's title and place orders now walk the sort keys: keyset pages over
-- (parent_id, key, id) without a sort step, as before over the folded text.
DROP INDEX meetings_by_title;

CREATE INDEX meetings_by_title ON meetings (parent_id, title_key, id);

DROP INDEX meetings_by_place;

CREATE INDEX meetings_by_place ON meetings (parent_id, place_key, id);
