#include "meetingrepository.h"

#include "domain/namefolding.h"
#include "storage/catalogue.h"
#include "storage/catalogueconnection.h"
#include "storage/fulltext.h"
#include "storage/meetingreader.h"
#include "storage/meetingsortkeys.h"
#include "storage/searchindex.h"
#include "storage/sqlquery.h"
#include "storage/sqlvalues.h"
#include "storage/timestamps.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;
using namespace entente::sqlvalues;

namespace entente {

namespace {

Error conflict(const Meeting &meeting)
{
    return {Error::Kind::Conflict,
            MeetingRepository::tr(
                "“%1” was changed or deleted by someone else since it was opened; reload it to see "
                "their changes")
                .arg(meeting.title),
            {}};
}

} // namespace

Result<qint64> MeetingRepository::create(const Meeting &meeting)
{
    const QString what = tr("Cannot save the meeting “%1”").arg(meeting.title);
    if (const FieldProblems problems = meeting.validate(); !problems.isEmpty())
        return validationError(what, problems);

    auto transaction = Transaction::begin(m_catalogue);
    if (!transaction)
        return transaction.error();
    if (Status s = checkReferences(meeting, what); !s)
        return s.error();
    qint64 id = 0;
    if (Status s = writeRow(meeting, &id, what); !s)
        return s.error();
    if (Status s = writeChildren(id, meeting, what); !s)
        return s.error();
    if (Status s = transaction->commit(); !s)
        return s.error();
    return id;
}

Status MeetingRepository::update(const Meeting &meeting)
{
    const QString what = tr("Cannot save the meeting “%1”").arg(meeting.title);
    if (const FieldProblems problems = meeting.validate(); !problems.isEmpty())
        return validationError(what, problems);

    const QSqlDatabase db = CatalogueConnection::of(m_catalogue);
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    if (Status s = checkReferences(meeting, what); !s)
        return s;
    qint64 id = meeting.id;
    if (Status s = writeRow(meeting, &id, what); !s)
        return s;
    // Children are rewritten; documents keep their ids (other documents may link to them).
    for (const QString &table : {u"delegations"_s, u"meeting_topics"_s, u"sources"_s}) {
        SqlQuery clear(db, u"DELETE FROM "_s % table % u" WHERE meeting_id = :id"_s);
        if (Status s = clear.bind(u":id"_s, id).exec(what); !s)
            return s;
    }
    QStringList keptParties;
    for (const Party &p : meeting.parties)
        keptParties.append(p.country);
    SqlQuery parties(db, u"DELETE FROM meeting_parties WHERE meeting_id = :id"_s);
    if (Status s = parties.bind(u":id"_s, id).exec(what); !s)
        return s;
    if (Status s = writeChildren(id, meeting, what); !s)
        return s;
    return transaction->commit();
}

Status MeetingRepository::checkReferences(const Meeting &meeting, const QString &what) const
{
    QSet<QString> codes;
    for (const Party &p : meeting.parties)
        codes.insert(p.country);
    if (!meeting.placeCountry.isEmpty())
        codes.insert(meeting.placeCountry);
    for (const OutcomeDocument &d : meeting.documents) {
        for (const QString &c : d.parties)
            codes.insert(c);
    }
    SqlQuery country(CatalogueConnection::of(m_catalogue),
                     u"SELECT 1 FROM countries WHERE code = :code"_s);
    for (const QString &code : std::as_const(codes)) {
        if (Status s = country.bind(u":code"_s, code).exec(what); !s)
            return s;
        if (!country.next())
            return Error::invalid(what % u": "_s %
                                  tr("there is no country with the code “%1”").arg(code));
        country.finish();
    }
    SqlQuery format(CatalogueConnection::of(m_catalogue),
                    u"SELECT 1 FROM vocabulary WHERE vocabulary = 'format' "
                    "AND code = :code"_s);
    if (Status s = format.bind(u":code"_s, meeting.format).exec(what); !s)
        return s;
    if (!format.next())
        return Error::invalid(what % u": "_s %
                              tr("format: “%1” is not a known format").arg(meeting.format));
    format.finish();
    if (meeting.parentId != 0) {
        if (meeting.parentId == meeting.id)
            return Error::invalid(what % u": "_s %
                                  tr("parent meeting: a meeting cannot be its own parent"));
        SqlQuery parent(CatalogueConnection::of(m_catalogue),
                        u"SELECT 1 FROM meetings WHERE id = :id"_s);
        if (Status s = parent.bind(u":id"_s, meeting.parentId).exec(what); !s)
            return s;
        if (!parent.next())
            return Error::invalid(
                what % u": "_s %
                tr("parent meeting: there is no meeting %1").arg(meeting.parentId));
    }
    return {};
}

Status MeetingRepository::writeRow(const Meeting &meeting, qint64 *id, const QString &what,
                                   bool keepId)
{
    const QSqlDatabase db = CatalogueConnection::of(m_catalogue);
    const PartialDate end = meeting.effectiveEnd();
    const QString now = timestampNow();
    const bool creating = *id == 0;
    // Sort keys in the collation the file's other keys were made with, whatever our locale.
    const auto collation = MeetingSortKeys(db).collation();
    if (!collation)
        return collation.error();
    SqlQuery q(
        db, creating
                ? u"INSERT INTO meetings (id, parent_id, title, title_folded, title_key, "
                  "start_date, start_precision, end_date, end_precision, place, place_folded, "
                  "place_key, place_country, format, status, tone, summary, version, created_at, "
                  "updated_at) VALUES (:rid, :parent, :title, :titlef, :titlek, :start, :startp, "
                  ":end, :endp, :place, :placef, :placek, :placec, :format, :status, :tone, "
                  ":summary, :rversion, :created, :now) RETURNING id"_s
                : u"UPDATE meetings SET parent_id = :parent, title = :title, title_folded = "
                  ":titlef, title_key = :titlek, start_date = :start, start_precision = :startp, "
                  "end_date = :end, end_precision = :endp, place = :place, place_folded = "
                  ":placef, place_key = :placek, place_country = :placec, format = :format, "
                  "status = :status, tone = :tone, summary = :summary, updated_at = :now, version "
                  "= version + 1 WHERE id = :id AND version = :version RETURNING id"_s);
    q.bind(u":parent"_s, meeting.parentId ? QVariant(meeting.parentId) : QVariant())
        .bind(u":title"_s, meeting.title.trimmed())
        .bind(u":titlef"_s, NameFolding::fold(meeting.title))
        .bind(u":titlek"_s, collation->sortKey(meeting.title.trimmed()))
        .bind(u":placek"_s, collation->sortKey(meeting.place.trimmed()))
        .bind(u":start"_s, firstDayOrNull(meeting.start))
        .bind(u":startp"_s, precisionOrNull(meeting.start))
        .bind(u":end"_s, lastDayOrNull(end))
        .bind(u":endp"_s, precisionOrNull(end))
        .bind(u":place"_s, meeting.place.trimmed())
        .bind(u":placef"_s, NameFolding::fold(meeting.place))
        .bind(u":placec"_s, nullIfEmpty(meeting.placeCountry))
        .bind(u":format"_s, meeting.format)
        .bind(u":status"_s, statusCode(meeting.status))
        .bind(u":tone"_s, meeting.tone.trimmed())
        .bind(u":summary"_s, meeting.summary.trimmed())
        .bind(u":now"_s, now);
    if (!creating)
        q.bind(u":id"_s, *id).bind(u":version"_s, meeting.version);
    else if (keepId) // restored as it was, under its id, version and creation time
        q.bind(u":rid"_s, meeting.id)
            .bind(u":rversion"_s, std::max(meeting.version, 1))
            .bind(u":created"_s, meeting.createdAt.isValid()
                                     ? meeting.createdAt.toUTC().toString(Qt::ISODateWithMs)
                                     : now);
    else
        q.bind(u":rid"_s, QVariant()).bind(u":rversion"_s, 1).bind(u":created"_s, now);
    if (Status s = q.exec(what); !s)
        return s;
    if (!q.next())
        return creating ? Status(Error{Error::Kind::Storage, what, u"no id returned"_s})
                        : Status(conflict(meeting));
    *id = q.integer(0);
    q.finish();
    return {};
}

Status MeetingRepository::writeChildren(qint64 id, const Meeting &meeting, const QString &what)
{
    const QSqlDatabase db = CatalogueConnection::of(m_catalogue);

    SqlQuery party(db, u"INSERT INTO meeting_parties (meeting_id, country_code, role, sort_order) "
                       "VALUES (:id, :country, :role, :order)"_s);
    for (qsizetype i = 0; i < meeting.parties.size(); ++i) {
        const Party &p = meeting.parties.at(i);
        party.bind(u":id"_s, id)
            .bind(u":country"_s, p.country)
            .bind(u":role"_s, roleCode(p.role))
            .bind(u":order"_s, i);
        if (Status s = party.exec(what); !s)
            return s;
    }

    SqlQuery delegation(db, u"INSERT INTO delegations (meeting_id, country_code) VALUES (:id, "
                            ":country) RETURNING id"_s);
    SqlQuery member(db, u"INSERT INTO delegation_members (delegation_id, person_id, position, "
                        "is_head, sort_order) VALUES (:delegation, :person, :position, :head, "
                        ":order)"_s);
    for (const Delegation &d : meeting.delegations) {
        delegation.bind(u":id"_s, id).bind(u":country"_s, d.country);
        auto delegationId = delegation.scalar(what);
        if (!delegationId)
            return delegationId.error();
        for (qsizetype i = 0; i < d.members.size(); ++i) {
            const DelegationMember &m = d.members.at(i);
            member.bind(u":delegation"_s, *delegationId)
                .bind(u":person"_s, m.personId)
                .bind(u":position"_s, m.position.trimmed())
                .bind(u":head"_s, m.head ? 1 : 0)
                .bind(u":order"_s, i);
            if (Status s = member.exec(what); !s) {
                if (s.error().kind == Error::Kind::Invalid)
                    return Error::invalid(
                        what % u": "_s %
                        tr("delegations: person %1 is not in the catalogue").arg(m.personId));
                return s;
            }
        }
    }

    SqlQuery topic(db, u"INSERT OR IGNORE INTO meeting_topics (meeting_id, topic_id, sort_order) "
                       "VALUES (:id, :topic, :order)"_s);
    for (qsizetype i = 0; i < meeting.topics.size(); ++i) {
        auto topicId = this->topicId(meeting.topics.at(i), what);
        if (!topicId)
            return topicId.error();
        topic.bind(u":id"_s, id).bind(u":topic"_s, *topicId).bind(u":order"_s, i);
        if (Status s = topic.exec(what); !s)
            return s;
    }

    SqlQuery source(db, u"INSERT INTO sources (meeting_id, publisher, title, url, published_date, "
                        "published_precision, body, sort_order) VALUES (:id, :publisher, :title, "
                        ":url, :published, :publishedp, :body, :order)"_s);
    for (qsizetype i = 0; i < meeting.sources.size(); ++i) {
        const Source &s = meeting.sources.at(i);
        source.bind(u":id"_s, id)
            .bind(u":publisher"_s, s.publisher.trimmed())
            .bind(u":title"_s, s.title.trimmed())
            .bind(u":url"_s, s.url.trimmed())
            .bind(u":published"_s, firstDayOrNull(s.published))
            .bind(u":publishedp"_s, precisionOrNull(s.published))
            .bind(u":body"_s, s.text)
            .bind(u":order"_s, i);
        if (Status st = source.exec(what); !st)
            return st;
    }

    if (Status s = writeDocuments(id, meeting, what); !s)
        return s;
    // meeting_people and folded document titles, for search (migration 3).
    if (Status s = SearchIndex(db).writeMeeting(id, what); !s)
        return s;
    return writeFullText(id, meeting, what);
}

Result<qint64> MeetingRepository::topicId(const TopicRef &topic, const QString &what)
{
    if (topic.id > 0)
        return topic.id;
    const QSqlDatabase db = CatalogueConnection::of(m_catalogue);
    const QString folded = NameFolding::fold(topic.name);
    SqlQuery find(db, u"SELECT id FROM topics WHERE parent_id IS NULL AND folded = :folded"_s);
    if (Status s = find.bind(u":folded"_s, folded).exec(what); !s)
        return s.error();
    if (find.next())
        return find.integer(0);
    find.finish();
    SqlQuery insert(db,
                    u"INSERT INTO topics (name, folded) VALUES (:name, :folded) RETURNING id"_s);
    auto id = insert.bind(u":name"_s, topic.name.trimmed()).bind(u":folded"_s, folded).scalar(what);
    if (!id)
        return id.error();
    return id->toLongLong();
}

Status MeetingRepository::writeDocuments(qint64 id, const Meeting &meeting, const QString &what)
{
    const QSqlDatabase db = CatalogueConnection::of(m_catalogue);

    // Documents no longer listed go; the others are updated in place so links to them survive.
    QStringList kept;
    for (const OutcomeDocument &d : meeting.documents) {
        if (d.id > 0)
            kept.append(QString::number(d.id));
    }
    {
        SqlQuery existing(db, u"SELECT id FROM documents WHERE meeting_id = :id"_s);
        if (Status s = existing.bind(u":id"_s, id).exec(what); !s)
            return s;
        QList<qint64> gone;
        while (existing.next()) {
            if (!kept.contains(existing.text(0)))
                gone.append(existing.integer(0));
        }
        existing.finish();
        SqlQuery remove(db, u"DELETE FROM documents WHERE id = :id"_s);
        for (qint64 doc : std::as_const(gone)) {
            if (Status s = remove.bind(u":id"_s, doc).exec(what); !s)
                return s;
        }
    }

    SqlQuery insert(db, u"INSERT INTO documents (id, meeting_id, title, kind, action, doc_date, "
                        "doc_date_precision, period_start, period_start_precision, period_end, "
                        "period_end_precision, sort_order) VALUES (:docid, :meeting, :title, "
                        ":kind, :action, :date, :datep, :pstart, :pstartp, :pend, :pendp, :order) "
                        "RETURNING id"_s);
    SqlQuery update(db, u"UPDATE documents SET title = :title, kind = :kind, action = :action, "
                        "doc_date = :date, doc_date_precision = :datep, period_start = :pstart, "
                        "period_start_precision = :pstartp, period_end = :pend, "
                        "period_end_precision = :pendp, sort_order = :order, version = version + 1 "
                        "WHERE id = :id AND meeting_id = :meeting RETURNING id"_s);
    SqlQuery clearParties(db, u"DELETE FROM document_parties WHERE document_id = :id"_s);
    SqlQuery party(db, u"INSERT OR IGNORE INTO document_parties (document_id, country_code, "
                       "sort_order) VALUES (:id, :country, :order)"_s);
    SqlQuery clearLinks(db, u"DELETE FROM document_links WHERE from_document_id = :id"_s);
    SqlQuery link(db, u"INSERT INTO document_links (from_document_id, to_document_id, relation) "
                      "VALUES (:from, :to, :relation)"_s);

    const auto documentError = [&](const Error &error, const OutcomeDocument &d) -> Error {
        if (error.kind == Error::Kind::Invalid)
            return Error::invalid(what % u": "_s %
                                  tr("document “%1”: kind “%2” or action “%3” is not known")
                                      .arg(d.title, d.kind, d.action));
        return error;
    };
    QList<qint64> documentIds;
    for (qsizetype i = 0; i < meeting.documents.size(); ++i) {
        const OutcomeDocument &d = meeting.documents.at(i);
        for (SqlQuery *q : {&update, &insert})
            q->bind(u":meeting"_s, id)
                .bind(u":title"_s, d.title.trimmed())
                .bind(u":kind"_s, d.kind)
                .bind(u":action"_s, d.action)
                .bind(u":date"_s, firstDayOrNull(d.date))
                .bind(u":datep"_s, precisionOrNull(d.date))
                .bind(u":pstart"_s, firstDayOrNull(d.periodStart))
                .bind(u":pstartp"_s, precisionOrNull(d.periodStart))
                .bind(u":pend"_s, lastDayOrNull(d.periodEnd))
                .bind(u":pendp"_s, precisionOrNull(d.periodEnd))
                .bind(u":order"_s, i);
        qint64 documentId = 0;
        if (d.id > 0) {
            if (Status s = update.bind(u":id"_s, d.id).exec(what); !s)
                return documentError(s.error(), d);
            if (update.next())
                documentId = update.integer(0);
            update.finish();
        }
        if (documentId == 0) {
            // A new document, or one that undo brings back under the id it had, so that links
            // to it hold again.
            insert.bind(u":docid"_s, d.id > 0 ? QVariant(d.id) : QVariant());
            auto docId = insert.scalar(what);
            if (!docId)
                return documentError(docId.error(), d);
            documentId = docId->toLongLong();
        }
        documentIds.append(documentId);
        if (Status s = clearParties.bind(u":id"_s, documentId).exec(what); !s)
            return s;
        for (qsizetype p = 0; p < d.parties.size(); ++p) {
            party.bind(u":id"_s, documentId)
                .bind(u":country"_s, d.parties.at(p))
                .bind(u":order"_s, p);
            if (Status s = party.exec(what); !s)
                return s;
        }
    }

    // Links once every document is written: a document may link to one listed after it.
    for (qsizetype i = 0; i < meeting.documents.size(); ++i) {
        const OutcomeDocument &d = meeting.documents.at(i);
        const qint64 documentId = documentIds.at(i);
        if (Status s = clearLinks.bind(u":id"_s, documentId).exec(what); !s)
            return s;
        for (const DocumentLink &l : d.links) {
            link.bind(u":from"_s, documentId)
                .bind(u":to"_s, l.targetId)
                .bind(u":relation"_s, relationCode(l.relation));
            if (Status s = link.exec(what); !s) {
                if (s.error().kind == Error::Kind::Invalid)
                    return Error::invalid(what % u": "_s %
                                          tr("document “%1”: the linked document %2 does not exist")
                                              .arg(d.title)
                                              .arg(l.targetId));
                return s;
            }
        }
    }
    return {};
}

Status MeetingRepository::writeFullText(qint64 id, const Meeting &meeting, const QString &what)
{
    const QSqlDatabase db = CatalogueConnection::of(m_catalogue);
    // The text itself is defined in FullTextRow, shared with BulkWriter.
    SqlQuery person(db, u"SELECT name_latin, name_native FROM persons WHERE id = :id"_s);
    Status lookup;
    const FullTextRow row = FullTextRow::of(
        meeting, [&](qint64 personId) -> std::optional<std::pair<QString, QString>> {
            if (!lookup)
                return std::nullopt;
            lookup = person.bind(u":id"_s, personId).exec(what);
            if (!lookup || !person.next())
                return std::nullopt;
            std::pair<QString, QString> names{person.text(0), person.text(1)};
            person.finish();
            return names;
        });
    if (!lookup)
        return lookup;

    SqlQuery remove(db, u"DELETE FROM meeting_fts WHERE rowid = :id"_s);
    if (Status s = remove.bind(u":id"_s, id).exec(what); !s)
        return s;
    SqlQuery insert(db, u"INSERT INTO meeting_fts (rowid, title, summary, body) VALUES (:id, "
                        ":title, :summary, :body)"_s);
    insert.bind(u":id"_s, id)
        .bind(u":title"_s, row.title)
        .bind(u":summary"_s, row.summary)
        .bind(u":body"_s, row.body);
    return insert.exec(what);
}

Status MeetingRepository::remove(qint64 id)
{
    const QString what = tr("Cannot delete meeting %1").arg(id);
    const QSqlDatabase db = CatalogueConnection::of(m_catalogue);
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    // The meeting and all its sub-events, however deep: their full-text rows go too.
    SqlQuery tree(db,
                  u"WITH RECURSIVE tree(id) AS (SELECT :id UNION ALL SELECT m.id FROM meetings m "
                  "JOIN tree ON m.parent_id = tree.id) SELECT id FROM tree"_s);
    if (Status s = tree.bind(u":id"_s, id).exec(what); !s)
        return s;
    QList<qint64> ids;
    while (tree.next())
        ids.append(tree.integer(0));
    tree.finish();
    SqlQuery fts(db, u"DELETE FROM meeting_fts WHERE rowid = :id"_s);
    for (qint64 each : std::as_const(ids)) {
        if (Status s = fts.bind(u":id"_s, each).exec(what); !s)
            return s;
    }
    SqlQuery remove(db, u"DELETE FROM meetings WHERE id = :id RETURNING id"_s);
    if (Status s = remove.bind(u":id"_s, id).exec(what); !s)
        return s;
    if (!remove.next())
        return Error::notFound(tr("There is no meeting %1 in the catalogue").arg(id));
    remove.finish();
    return transaction->commit();
}

Status MeetingRepository::restore(const Meeting &meeting)
{
    const QString what = tr("Cannot restore the meeting “%1”").arg(meeting.title);
    if (meeting.id <= 0)
        return Error::invalid(what % u": "_s % tr("the meeting has no id to restore"));
    if (const FieldProblems problems = meeting.validate(); !problems.isEmpty())
        return validationError(what, problems);

    auto transaction = Transaction::begin(m_catalogue);
    if (!transaction)
        return transaction.error();
    if (Status s = checkReferences(meeting, what); !s)
        return s;
    qint64 id = 0;
    if (Status s = writeRow(meeting, &id, what, true); !s)
        return s;
    if (Status s = writeChildren(id, meeting, what); !s)
        return s;
    return transaction->commit();
}

Result<Meeting> MeetingRepository::get(qint64 id) const
{
    return MeetingReader(CatalogueConnection::of(m_catalogue)).read(id);
}

Result<QList<qint64>> MeetingRepository::allIds() const
{
    SqlQuery q(CatalogueConnection::of(m_catalogue),
               u"SELECT id FROM meetings ORDER BY start_date, id"_s);
    if (Status s = q.exec(tr("Cannot list the meetings")); !s)
        return s.error();
    QList<qint64> ids;
    while (q.next())
        ids.append(q.integer(0));
    return ids;
}

Result<qint64> MeetingRepository::count() const
{
    SqlQuery q(CatalogueConnection::of(m_catalogue), u"SELECT count(*) FROM meetings"_s);
    auto n = q.scalar(tr("Cannot count the meetings"));
    if (!n)
        return n.error();
    return n->toLongLong();
}

} // namespace entente
