-- Version 1: the whole domain. One statement per step; steps end with a semicolon at the end
-- of a line. Never edit this file once shipped: add a new numbered file instead.

-- Reference data: ISO 3166-1 countries and ISO 3166-3 former states, keyed by alpha-3 code.
CREATE TABLE countries (
    code TEXT PRIMARY KEY NOT NULL CHECK (length(code) = 3),
    alpha2 TEXT,
    numeric_code TEXT,
    name_en TEXT NOT NULL,
    official_name_en TEXT NOT NULL,
    name_ru TEXT NOT NULL,
    former INTEGER NOT NULL DEFAULT 0 CHECK (former IN (0, 1)),
    withdrawn TEXT
) WITHOUT ROWID;

-- Every name a country is typed as (names, aliases, codes), folded in C++ for matching.
CREATE TABLE country_names (
    country_code TEXT NOT NULL REFERENCES countries (code) ON DELETE CASCADE,
    name TEXT NOT NULL,
    folded TEXT NOT NULL,
    sort_order INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (folded, country_code)
) WITHOUT ROWID;

-- Extensible vocabularies. Codes are stable lowercase English tokens used in files and the CLI.
CREATE TABLE vocabulary (
    vocabulary TEXT NOT NULL CHECK (vocabulary IN ('format', 'document_kind', 'document_action')),
    code TEXT NOT NULL CHECK (code <> '' AND code = lower(code)),
    label TEXT NOT NULL,
    builtin INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (vocabulary, code)
) WITHOUT ROWID;

CREATE TABLE persons (
    id INTEGER PRIMARY KEY,
    name_latin TEXT NOT NULL DEFAULT '',
    name_native TEXT NOT NULL DEFAULT '',
    country_code TEXT REFERENCES countries (code),
    notes TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (name_latin <> '' OR name_native <> '')
);

CREATE TABLE person_aliases (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    alias TEXT NOT NULL CHECK (alias <> ''),
    sort_order INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX person_aliases_by_person ON person_aliases (person_id);

-- Derived matching index: one row per name word-key of a person (latin, native, aliases), written
-- by the storage code from NameFolding so that every script and spelling variant finds the person.
CREATE TABLE person_name_keys (
    match_key TEXT NOT NULL,
    person_id INTEGER NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    PRIMARY KEY (match_key, person_id)
) WITHOUT ROWID;

CREATE INDEX person_name_keys_by_person ON person_name_keys (person_id);

CREATE TABLE positions (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    title TEXT NOT NULL CHECK (title <> ''),
    organisation TEXT NOT NULL DEFAULT '',
    country_code TEXT REFERENCES countries (code),
    start_date TEXT,
    start_precision TEXT CHECK (start_precision IN ('day', 'month', 'year')),
    end_date TEXT,
    end_precision TEXT CHECK (end_precision IN ('day', 'month', 'year')),
    CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
);

CREATE INDEX positions_by_person ON positions (person_id, start_date);

CREATE TABLE topics (
    id INTEGER PRIMARY KEY,
    parent_id INTEGER REFERENCES topics (id) ON DELETE CASCADE,
    name TEXT NOT NULL CHECK (name <> ''),
    folded TEXT NOT NULL
);

CREATE UNIQUE INDEX topics_by_name ON topics (ifnull(parent_id, 0), folded);

-- Dates: start_date is the first day of the start period, end_date the last day of the end
-- period, each with its precision, so overlap and containment tests are plain text comparisons.
CREATE TABLE meetings (
    id INTEGER PRIMARY KEY,
    parent_id INTEGER REFERENCES meetings (id) ON DELETE CASCADE,
    title TEXT NOT NULL CHECK (title <> ''),
    title_folded TEXT NOT NULL,
    start_date TEXT NOT NULL,
    start_precision TEXT NOT NULL CHECK (start_precision IN ('day', 'month', 'year')),
    end_date TEXT NOT NULL,
    end_precision TEXT NOT NULL CHECK (end_precision IN ('day', 'month', 'year')),
    place TEXT NOT NULL DEFAULT '',
    place_folded TEXT NOT NULL DEFAULT '',
    place_country TEXT REFERENCES countries (code),
    format TEXT NOT NULL DEFAULT 'talks',
    format_vocabulary TEXT NOT NULL DEFAULT 'format' CHECK (format_vocabulary = 'format'),
    status TEXT NOT NULL CHECK (status IN ('planned', 'held', 'postponed', 'cancelled')),
    tone TEXT NOT NULL DEFAULT '',
    summary TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (end_date >= start_date),
    FOREIGN KEY (format_vocabulary, format) REFERENCES vocabulary (vocabulary, code)
);

-- The meetings table's sort orders, each restricted to top-level meetings by parent_id first:
-- keyset pages walk these indexes without a sort step.
CREATE INDEX meetings_by_date ON meetings (parent_id, start_date, id);

CREATE INDEX meetings_by_title ON meetings (parent_id, title_folded, id);

CREATE INDEX meetings_by_place ON meetings (parent_id, place_folded, id);

CREATE TABLE meeting_parties (
    meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    country_code TEXT NOT NULL REFERENCES countries (code),
    role TEXT NOT NULL CHECK (role IN ('host', 'guest', 'participant')),
    sort_order INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (meeting_id, country_code)
) WITHOUT ROWID;

-- Country searches go from a country to its meetings.
CREATE INDEX meeting_parties_by_country ON meeting_parties (country_code, meeting_id);

-- A delegation can only come from a country taking part: the composite key enforces it.
CREATE TABLE delegations (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL,
    country_code TEXT NOT NULL,
    UNIQUE (meeting_id, country_code),
    FOREIGN KEY (meeting_id, country_code) REFERENCES meeting_parties (meeting_id, country_code)
        ON DELETE CASCADE
);

CREATE TABLE delegation_members (
    id INTEGER PRIMARY KEY,
    delegation_id INTEGER NOT NULL REFERENCES delegations (id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES persons (id),
    position TEXT NOT NULL DEFAULT '',
    is_head INTEGER NOT NULL DEFAULT 0 CHECK (is_head IN (0, 1)),
    sort_order INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX delegation_members_by_delegation ON delegation_members (delegation_id, sort_order);

-- Who-met-whom searches go from a person to the delegations they were in.
CREATE INDEX delegation_members_by_person ON delegation_members (person_id, delegation_id);

CREATE TABLE meeting_topics (
    meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    topic_id INTEGER NOT NULL REFERENCES topics (id),
    sort_order INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (meeting_id, topic_id)
) WITHOUT ROWID;

CREATE INDEX meeting_topics_by_topic ON meeting_topics (topic_id, meeting_id);

CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    title TEXT NOT NULL CHECK (title <> ''),
    kind TEXT NOT NULL,
    kind_vocabulary TEXT NOT NULL DEFAULT 'document_kind' CHECK (kind_vocabulary = 'document_kind'),
    action TEXT NOT NULL,
    action_vocabulary TEXT NOT NULL DEFAULT 'document_action'
        CHECK (action_vocabulary = 'document_action'),
    doc_date TEXT,
    doc_date_precision TEXT CHECK (doc_date_precision IN ('day', 'month', 'year')),
    period_start TEXT,
    period_start_precision TEXT CHECK (period_start_precision IN ('day', 'month', 'year')),
    period_end TEXT,
    period_end_precision TEXT CHECK (period_end_precision IN ('day', 'month', 'year')),
    sort_order INTEGER NOT NULL DEFAULT 0,
    version INTEGER NOT NULL DEFAULT 1,
    CHECK (period_end IS NULL OR period_start IS NULL OR period_end >= period_start),
    FOREIGN KEY (kind_vocabulary, kind) REFERENCES vocabulary (vocabulary, code),
    FOREIGN KEY (action_vocabulary, action) REFERENCES vocabulary (vocabulary, code)
);

CREATE INDEX documents_by_meeting ON documents (meeting_id, sort_order);

CREATE TABLE document_parties (
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    country_code TEXT NOT NULL REFERENCES countries (code),
    sort_order INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (document_id, country_code)
) WITHOUT ROWID;

CREATE TABLE document_links (
    from_document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    to_document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    relation TEXT NOT NULL CHECK (relation IN ('develops', 'renews', 'supersedes', 'amends')),
    PRIMARY KEY (from_document_id, to_document_id),
    CHECK (from_document_id <> to_document_id)
) WITHOUT ROWID;

CREATE INDEX document_links_by_target ON document_links (to_document_id);

CREATE TABLE sources (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    publisher TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    url TEXT NOT NULL DEFAULT '',
    published_date TEXT,
    published_precision TEXT CHECK (published_precision IN ('day', 'month', 'year')),
    body TEXT NOT NULL DEFAULT '',
    sort_order INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX sources_by_meeting ON sources (meeting_id, sort_order);

-- Full-text index over folded text, one row per meeting (rowid = meetings.id). The storage code
-- rewrites a meeting's row in the same transaction as the meeting: triggers cannot write virtual
-- tables while trusted_schema is off. Text is folded in C++ first, so the tokenizer must not fold
-- diacritics itself (it would turn Й into И).
CREATE VIRTUAL TABLE meeting_fts USING fts5 (
    title, summary, body,
    tokenize = 'unicode61 remove_diacritics 0'
);

INSERT INTO vocabulary (vocabulary, code, label, builtin) VALUES
    ('format', 'talks', 'Talks', 1),
    ('format', 'joint_collegium', 'Joint meeting of collegiums', 1),
    ('format', 'official_visit', 'Official visit', 1),
    ('format', 'state_visit', 'State visit', 1),
    ('format', 'working_visit', 'Working visit', 1),
    ('format', 'telephone_call', 'Telephone call', 1),
    ('format', 'video_conference', 'Video conference', 1),
    ('format', 'summit_sidelines', 'Meeting on the sidelines of a summit', 1),
    ('format', 'consultations', 'Consultations', 1),
    ('format', 'one_to_one', 'One-to-one conversation', 1),
    ('format', 'exchange_of_messages', 'Exchange of messages', 1),
    ('document_kind', 'programme', 'Programme', 1),
    ('document_kind', 'plan', 'Plan', 1),
    ('document_kind', 'agreement', 'Agreement', 1),
    ('document_kind', 'treaty', 'Treaty', 1),
    ('document_kind', 'memorandum', 'Memorandum', 1),
    ('document_kind', 'joint_statement', 'Joint statement', 1),
    ('document_kind', 'declaration', 'Declaration', 1),
    ('document_kind', 'protocol', 'Protocol', 1),
    ('document_kind', 'resolution', 'Resolution', 1),
    ('document_kind', 'communique', 'Communiqué', 1),
    ('document_action', 'adopted', 'Adopted', 1),
    ('document_action', 'signed', 'Signed', 1),
    ('document_action', 'initialled', 'Initialled', 1),
    ('document_action', 'approved', 'Approved', 1),
    ('document_action', 'ratified', 'Ratified', 1),
    ('document_action', 'exchanged', 'Exchanged', 1);
