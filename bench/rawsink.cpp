#include "rawsink.h"

#include "domain/namefolding.h"
#include "storage/bulkloadmode.h"
#include "storage/fulltext.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace entente::bench {

namespace {

QString firstDay(const PartialDate &d)
{
    return d.isValid() ? d.firstDay().toString(Qt::ISODate) : QString();
}

QString lastDay(const PartialDate &d)
{
    return d.isValid() ? d.lastDay().toString(Qt::ISODate) : QString();
}

QString precision(const PartialDate &d)
{
    return d.isValid() ? precisionCode(d.precision()) : QString();
}

QString timestamp(const QDateTime &time, const QString &fallback)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : fallback;
}

} // namespace

struct RawSink::Statements
{
    explicit Statements(sqlite3 *db)
        : person(db, u"INSERT INTO persons (id, name_latin, name_native, country_code, "
                     "created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?5)"_s)
        , alias(db, u"INSERT INTO person_aliases (id, person_id, alias, sort_order) VALUES (?1, "
                    "?2, ?3, ?4)"_s)
        , position(db, u"INSERT INTO positions (id, person_id, title, organisation, country_code, "
                       "start_date, start_precision, end_date, end_precision) VALUES (?1, ?2, ?3, "
                       "?4, ?5, ?6, ?7, ?8, ?9)"_s)
        , nameKey(db, u"INSERT INTO person_name_keys (match_key, person_id) VALUES (?1, ?2)"_s)
        , topic(db, u"INSERT INTO topics (id, parent_id, name, folded) VALUES (?1, ?2, ?3, ?4)"_s)
        , meeting(db, u"INSERT INTO meetings (id, parent_id, title, title_folded, start_date, "
                      "start_precision, end_date, end_precision, place, place_folded, "
                      "place_country, format, status, tone, summary, created_at, updated_at) "
                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, "
                      "?16, ?17)"_s)
        , party(db, u"INSERT INTO meeting_parties (meeting_id, country_code, role, sort_order) "
                    "VALUES (?1, ?2, ?3, ?4)"_s)
        , delegation(db, u"INSERT INTO delegations (id, meeting_id, country_code) VALUES (?1, ?2, "
                         "?3)"_s)
        , member(db, u"INSERT INTO delegation_members (id, delegation_id, person_id, position, "
                     "is_head, sort_order) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"_s)
        , meetingTopic(db, u"INSERT OR IGNORE INTO meeting_topics (meeting_id, topic_id, "
                           "sort_order) VALUES (?1, ?2, ?3)"_s)
        , source(db, u"INSERT INTO sources (id, meeting_id, publisher, title, url, "
                     "published_date, published_precision, body, sort_order) VALUES (?1, ?2, ?3, "
                     "?4, ?5, ?6, ?7, ?8, ?9)"_s)
        , document(db, u"INSERT INTO documents (id, meeting_id, title, kind, action, doc_date, "
                       "doc_date_precision, period_start, period_start_precision, period_end, "
                       "period_end_precision, sort_order, title_folded) VALUES (?1, ?2, ?3, ?4, "
                       "?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)"_s)
        , documentParty(db, u"INSERT OR IGNORE INTO document_parties (document_id, country_code, "
                            "sort_order) VALUES (?1, ?2, ?3)"_s)
        , link(db, u"INSERT INTO document_links (from_document_id, to_document_id, relation) "
                   "VALUES (?1, ?2, ?3)"_s)
        , people(db, u"INSERT INTO meeting_people (person_id, start_date, meeting_id, is_head, "
                     "top_level) VALUES (?1, ?2, ?3, ?4, ?5)"_s)
        , fullText(db, u"INSERT INTO meeting_fts (rowid, title, summary, body, title_keys, "
                       "summary_keys, body_keys) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"_s)
    {}

    RawStatement person, alias, position, nameKey, topic, meeting, party, delegation, member,
        meetingTopic, source, document, documentParty, link, people, fullText;
};

RawSink::RawSink(const QString &path, int meetingsPerTransaction)
    : m_db(path, false)
    , m_perTransaction(meetingsPerTransaction)
    , m_now(u"2025-01-01T00:00:00.000Z"_s)
{}

RawSink::~RawSink() = default;

Status RawSink::failed(const QString &what) const
{
    return Error{Error::Kind::Storage, what, m_db.lastError()};
}

Status RawSink::begin()
{
    // The same settings as the bulk-write path, and the same indexes dropped.
    if (!m_db.exec(u"PRAGMA foreign_keys = ON; PRAGMA trusted_schema = OFF; PRAGMA synchronous = "
                   "OFF; PRAGMA cache_size = -262144; PRAGMA threads = 2; PRAGMA journal_mode = "
                   "MEMORY"_s))
        return failed(u"settings"_s);
    sqlite3_stmt *q = nullptr;
    sqlite3_prepare_v2(m_db.handle(),
                       "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT "
                       "NULL AND sql NOT LIKE 'CREATE UNIQUE%' AND tbl_name IN ('persons', "
                       "'person_aliases', 'person_name_keys', 'positions', 'topics', 'meetings', "
                       "'meeting_parties', 'delegations', 'delegation_members', 'meeting_topics', "
                       "'documents', 'document_parties', 'document_links', 'sources', "
                       "'meeting_people') ORDER BY rowid",
                       -1, &q, nullptr);
    while (sqlite3_step(q) == SQLITE_ROW) {
        const QString name =
            QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(q, 0)));
        if (BulkLoadMode::rebuiltAfterLoad(name))
            m_indexes.append({name, QString::fromUtf8(reinterpret_cast<const char *>(
                                        sqlite3_column_text(q, 1)))});
    }
    sqlite3_finalize(q);
    for (const auto &[name, sql] : std::as_const(m_indexes)) {
        if (!m_db.exec(u"DROP INDEX \""_s + name + u"\""_s))
            return failed(u"drop index"_s);
    }
    m_s = std::make_unique<Statements>(m_db.handle());
    return m_db.exec(u"BEGIN"_s) ? Status() : failed(u"begin"_s);
}

void RawSink::batchDone()
{
    if (++m_inBatch < m_perTransaction)
        return;
    m_inBatch = 0;
    m_db.exec(u"COMMIT; BEGIN"_s);
}

Result<qint64> RawSink::addPerson(const Person &p)
{
    const qint64 id = m_nextPerson++;
    const QString latin = p.nameLatin.trimmed();
    const QString native = p.nameNative.trimmed();
    m_s->person.integer(1, id)
        .text(2, latin)
        .text(3, native)
        .textOrNull(4, p.country)
        .text(5, m_now);
    if (!m_s->person.step())
        return failed(m_s->person.error()).error();
    for (qsizetype i = 0; i < p.aliases.size(); ++i) {
        m_s->alias.integer(1, m_nextAlias++)
            .integer(2, id)
            .text(3, p.aliases.at(i).trimmed())
            .integer(4, i);
        m_s->alias.step();
    }
    for (const Position &pos : p.positions) {
        m_s->position.integer(1, m_nextPosition++)
            .integer(2, id)
            .text(3, pos.title.trimmed())
            .text(4, pos.organisation.trimmed())
            .textOrNull(5, pos.country)
            .textOrNull(6, firstDay(pos.from))
            .textOrNull(7, precision(pos.from))
            .textOrNull(8, lastDay(pos.to))
            .textOrNull(9, precision(pos.to));
        m_s->position.step();
    }
    QSet<QString> keys;
    for (const QString &name : QStringList{p.nameLatin, p.nameNative} + p.aliases) {
        for (const QString &word : NameFolding::matchKey(name).split(u' ', Qt::SkipEmptyParts))
            keys.insert(word);
    }
    for (const QString &key : std::as_const(keys)) {
        m_s->nameKey.text(1, key).integer(2, id);
        m_s->nameKey.step();
    }
    m_names.insert(id, {latin, native});
    batchDone();
    return id;
}

Result<qint64> RawSink::addTopic(const QString &name, qint64 parentId)
{
    const qint64 id = m_nextTopic++;
    m_s->topic.integer(1, id);
    if (parentId > 0)
        m_s->topic.integer(2, parentId);
    else
        m_s->topic.bind(2, QVariant());
    m_s->topic.text(3, name.trimmed()).text(4, NameFolding::fold(name));
    if (!m_s->topic.step())
        return failed(m_s->topic.error()).error();
    return id;
}

Result<qint64> RawSink::addMeeting(const Meeting &m, QList<qint64> *documentIds)
{
    const qint64 id = m_nextMeeting++;
    const PartialDate end = m.effectiveEnd();
    const QString created = timestamp(m.createdAt, m_now);
    const QString start = firstDay(m.start);
    auto &meeting = m_s->meeting;
    meeting.integer(1, id);
    if (m.parentId > 0)
        meeting.integer(2, m.parentId);
    else
        meeting.bind(2, QVariant());
    meeting.text(3, m.title.trimmed())
        .text(4, NameFolding::fold(m.title))
        .text(5, start)
        .text(6, precision(m.start))
        .text(7, lastDay(end))
        .text(8, precision(end))
        .text(9, m.place.trimmed())
        .text(10, NameFolding::fold(m.place))
        .textOrNull(11, m.placeCountry)
        .text(12, m.format)
        .text(13, statusCode(m.status))
        .text(14, m.tone.trimmed())
        .text(15, m.summary.trimmed())
        .text(16, created)
        .text(17, timestamp(m.updatedAt, created));
    if (!meeting.step())
        return failed(meeting.error()).error();
    for (qsizetype i = 0; i < m.parties.size(); ++i) {
        m_s->party.integer(1, id)
            .text(2, m.parties.at(i).country)
            .text(3, roleCode(m.parties.at(i).role))
            .integer(4, i);
        m_s->party.step();
    }
    QList<std::pair<qint64, bool>> people;
    for (const Delegation &d : m.delegations) {
        const qint64 delegationId = m_nextDelegation++;
        m_s->delegation.integer(1, delegationId).integer(2, id).text(3, d.country);
        m_s->delegation.step();
        for (qsizetype i = 0; i < d.members.size(); ++i) {
            const DelegationMember &member = d.members.at(i);
            m_s->member.integer(1, m_nextMember++)
                .integer(2, delegationId)
                .integer(3, member.personId)
                .text(4, member.position.trimmed())
                .integer(5, member.head ? 1 : 0)
                .integer(6, i);
            if (!m_s->member.step())
                return failed(m_s->member.error()).error();
            auto known = std::find_if(people.begin(), people.end(),
                                      [&](const auto &p) { return p.first == member.personId; });
            if (known == people.end())
                people.append({member.personId, member.head});
            else
                known->second = known->second || member.head;
        }
    }
    for (qsizetype i = 0; i < m.topics.size(); ++i) {
        m_s->meetingTopic.integer(1, id).integer(2, m.topics.at(i).id).integer(3, i);
        m_s->meetingTopic.step();
    }
    for (qsizetype i = 0; i < m.sources.size(); ++i) {
        const Source &s = m.sources.at(i);
        m_s->source.integer(1, m_nextSource++)
            .integer(2, id)
            .text(3, s.publisher.trimmed())
            .text(4, s.title.trimmed())
            .text(5, s.url.trimmed())
            .textOrNull(6, firstDay(s.published))
            .textOrNull(7, precision(s.published))
            .text(8, s.text)
            .integer(9, i);
        m_s->source.step();
    }
    documentIds->clear();
    for (qsizetype i = 0; i < m.documents.size(); ++i) {
        const OutcomeDocument &d = m.documents.at(i);
        const qint64 documentId = m_nextDocument++;
        const QString title = d.title.trimmed();
        m_s->document.integer(1, documentId)
            .integer(2, id)
            .text(3, title)
            .text(4, d.kind)
            .text(5, d.action)
            .textOrNull(6, firstDay(d.date))
            .textOrNull(7, precision(d.date))
            .textOrNull(8, firstDay(d.periodStart))
            .textOrNull(9, precision(d.periodStart))
            .textOrNull(10, lastDay(d.periodEnd))
            .textOrNull(11, precision(d.periodEnd))
            .integer(12, i)
            .text(13, NameFolding::fold(title));
        m_s->document.step();
        for (qsizetype p = 0; p < d.parties.size(); ++p) {
            m_s->documentParty.integer(1, documentId).text(2, d.parties.at(p)).integer(3, p);
            m_s->documentParty.step();
        }
        for (const DocumentLink &l : d.links) {
            m_s->link.integer(1, documentId)
                .integer(2, l.targetId)
                .text(3, relationCode(l.relation));
            m_s->link.step();
        }
        documentIds->append(documentId);
    }
    for (const auto &[person, head] : std::as_const(people)) {
        m_s->people.integer(1, person)
            .text(2, start)
            .integer(3, id)
            .integer(4, head ? 1 : 0)
            .integer(5, m.parentId > 0 ? 0 : 1);
        m_s->people.step();
    }
    const FullTextRow text = FullTextRow::of(m, [this](qint64 person) {
        return std::optional<std::pair<QString, QString>>(m_names.value(person));
    });
    m_s->fullText.integer(1, id)
        .text(2, text.title)
        .text(3, text.summary)
        .text(4, text.body)
        .text(5, text.titleKeys)
        .text(6, text.summaryKeys)
        .text(7, text.bodyKeys);
    if (!m_s->fullText.step())
        return failed(m_s->fullText.error()).error();
    batchDone();
    return id;
}

Status RawSink::finish(const std::function<void()> &indexing)
{
    if (!m_db.exec(u"COMMIT"_s))
        return failed(u"commit"_s);
    if (indexing)
        indexing();
    m_s.reset();
    for (const auto &[name, sql] : std::as_const(m_indexes)) {
        if (!m_db.exec(sql))
            return failed(u"create index"_s);
    }
    if (!m_db.exec(u"PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL"_s))
        return failed(u"settings"_s);
    return {};
}

} // namespace entente::bench
