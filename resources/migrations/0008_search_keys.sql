-- Cross-script full-text search (docs/search.md, "Spellings and scripts"). The folded text stays,
-- for =word and for reading, but is no longer indexed; the index holds each word's search key
-- (SearchKeys: one key for Лавров, Lavrov, Lawrow and Лаврова), one key column per text column so
-- that a phrase never runs from a title into a summary. The storage code fills the new table from
-- the meetings themselves in the same transaction (Migrator), then it takes the old one's name.
CREATE VIRTUAL TABLE meeting_fts_keyed USING fts5 (
    title UNINDEXED, summary UNINDEXED, body UNINDEXED,
    title_keys, summary_keys, body_keys,
    tokenize = 'unicode61 remove_diacritics 0'
);
