#include "meetingrepository.h"

#include "domain/namefolding.h"
#include "storage/bulkinsert.h"
#include "storage/catalogue.h"
#include "storage/catalogueconnection.h"
#include "storage/fulltext.h"
#include "storage/meetingreader.h"
#include "storage/meetingsortkeys.h"
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
    auto id = nextId(u"meetings"_s, what);
    if (!id)
        return id.error();
    const QString now = timestampNow();
    auto input = rowsInput(meeting, *id, what);
    if (!input)
        return input.error();
    input->created = now;
    input->updated = now;
    const auto rows = build(*input);
    if (!rows)
        return rows.error();
    if (Status s = insertRows(*rows, allTables, what); !s)
        return s.error();
    if (Status s = transaction->commit(); !s)
        return s.error();
    return *id;
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
    auto input = rowsInput(meeting, meeting.id, what);
    if (!input)
        return input.error();
    input->updated = timestampNow();
    const auto rows = build(*input);
    if (!rows)
        return rows.error();
    if (Status s = updateRow(*rows, meeting, what); !s)
        return s;
    // Children are rewritten from the same rows a new meeting gets; documents are updated in
    // place instead, keeping their ids (other documents may link to them).
    for (const QString &table : {u"delegations"_s, u"meeting_topics"_s, u"sources"_s,
                                 u"meeting_parties"_s, u"meeting_people"_s}) {
        SqlQuery clear(db, u"DELETE FROM "_s % table % u" WHERE meeting_id = :id"_s);
        if (Status s = clear.bind(u":id"_s, meeting.id).exec(what); !s)
            return s;
    }
    SqlQuery clearText(db, u"DELETE FROM meeting_fts WHERE rowid = :id"_s);
    if (Status s = clearText.bind(u":id"_s, meeting.id).exec(what); !s)
        return s;
    if (Status s = insertRows(*rows,
                              {MeetingRows::Parties, MeetingRows::Delegations, MeetingRows::Members,
                               MeetingRows::MeetingTopics, MeetingRows::Sources,
                               MeetingRows::People, MeetingRows::FullText},
                              what);
        !s)
        return s;
    if (Status s = writeDocuments(meeting.id, meeting, what); !s)
        return s;
    return transaction->commit();
}

Status MeetingRepository::checkReferences(const Meeting &meeting, const QString &what) const
{
    const QSqlDatabase db = CatalogueConnection::of(m_catalogue);
    // Runs a bound existence query; `problem` names what is missing when it finds no row.
    const auto require = [&what](SqlQuery &exists, const QString &problem) -> Status {
        if (Status s = exists.exec(what); !s)
            return s;
        const bool found = exists.next();
        exists.finish();
        return found ? Status() : Error::invalid(what % u": "_s % problem);
    };
    // What the foreign keys would refuse, said before writing and with the record named.
    QSet<QString> codes;
    for (const Party &p : meeting.parties)
        codes.insert(p.country);
    if (!meeting.placeCountry.isEmpty())
        codes.insert(meeting.placeCountry);
    for (const OutcomeDocument &d : meeting.documents) {
        for (const QString &c : d.parties)
            codes.insert(c);
    }
    SqlQuery country(db, u"SELECT 1 FROM countries WHERE code = :code"_s);
    for (const QString &code : std::as_const(codes)) {
        if (Status s = require(country.bind(u":code"_s, code),
                               tr("there is no country with the code “%1”").arg(code));
            !s)
            return s;
    }
    SqlQuery word(db,
                  u"SELECT 1 FROM vocabulary WHERE vocabulary = :vocabulary AND code = :code"_s);
    word.bind(u":vocabulary"_s, u"format"_s).bind(u":code"_s, meeting.format);
    if (Status s = require(word, tr("format: “%1” is not a known format").arg(meeting.format)); !s)
        return s;
    SqlQuery person(db, u"SELECT 1 FROM persons WHERE id = :id"_s);
    for (const Delegation &d : meeting.delegations) {
        for (const DelegationMember &m : d.members) {
            if (Status s =
                    require(person.bind(u":id"_s, m.personId),
                            tr("delegations: person %1 is not in the catalogue").arg(m.personId));
                !s)
                return s;
        }
    }
    SqlQuery document(db, u"SELECT 1 FROM documents WHERE id = :id"_s);
    QSet<qint64> ownDocuments;
    for (const OutcomeDocument &d : meeting.documents) {
        if (d.id > 0)
            ownDocuments.insert(d.id);
    }
    for (const OutcomeDocument &d : meeting.documents) {
        const QString unknownWord = tr("document “%1”: kind “%2” or action “%3” is not known")
                                        .arg(d.title, d.kind, d.action);
        for (const auto &[vocabulary, code] :
             {std::pair{u"document_kind"_s, d.kind}, std::pair{u"document_action"_s, d.action}}) {
            word.bind(u":vocabulary"_s, vocabulary).bind(u":code"_s, code);
            if (Status s = require(word, unknownWord); !s)
                return s;
        }
        for (const DocumentLink &l : d.links) {
            if (ownDocuments.contains(l.targetId))
                continue;
            if (Status s = require(document.bind(u":id"_s, l.targetId),
                                   tr("document “%1”: the linked document %2 does not exist")
                                       .arg(d.title)
                                       .arg(l.targetId));
                !s)
                return s;
        }
    }
    if (meeting.parentId != 0) {
        if (meeting.parentId == meeting.id)
            return Error::invalid(what % u": "_s %
                                  tr("parent meeting: a meeting cannot be its own parent"));
        SqlQuery parent(db, u"SELECT 1 FROM meetings WHERE id = :id"_s);
        if (Status s = require(parent.bind(u":id"_s, meeting.parentId),
                               tr("parent meeting: there is no meeting %1").arg(meeting.parentId));
            !s)
            return s;
    }
    return {};
}

Result<qint64> MeetingRepository::nextId(const QString &table, const QString &what) const
{
    // Inside the write transaction (BEGIN IMMEDIATE): nobody else takes it meanwhile. The same
    // ids SQLite would hand out, as no table uses AUTOINCREMENT; the bulk writer does the same.
    SqlQuery q(CatalogueConnection::of(m_catalogue),
               u"SELECT ifnull(max(id), 0) + 1 FROM "_s % table);
    auto next = q.scalar(what);
    if (!next)
        return next.error();
    return next->toLongLong();
}

Result<MeetingRowsInput> MeetingRepository::rowsInput(const Meeting &meeting, qint64 id,
                                                      const QString &what)
{
    MeetingRowsInput input;
    input.meeting = meeting;
    input.id = id;
    for (const TopicRef &topic : meeting.topics) {
        auto topicId = this->topicId(topic, what);
        if (!topicId)
            return topicId.error();
        input.topicIds.append(*topicId);
    }
    const std::pair<QString, qint64 *> runs[] = {{u"delegations"_s, &input.firstDelegation},
                                                 {u"delegation_members"_s, &input.firstMember},
                                                 {u"sources"_s, &input.firstSource},
                                                 {u"documents"_s, &input.firstDocument}};
    for (const auto &[table, first] : runs) {
        auto next = nextId(table, what);
        if (!next)
            return next.error();
        *first = *next;
    }
    // Documents that have an id keep it (undo brings them back, links point at them); new ones
    // take the ids after the largest in use.
    qint64 nextDocument = input.firstDocument;
    for (const OutcomeDocument &d : meeting.documents)
        input.documentIds.append(d.id > 0 ? d.id : nextDocument++);
    SqlQuery person(CatalogueConnection::of(m_catalogue),
                    u"SELECT name_latin, name_native FROM persons WHERE id = :id"_s);
    for (const Delegation &d : meeting.delegations) {
        for (const DelegationMember &m : d.members) {
            if (Status s = person.bind(u":id"_s, m.personId).exec(what); !s)
                return s.error();
            if (person.next())
                input.names.append({m.personId, {person.text(0), person.text(1)}});
            person.finish();
        }
    }
    return input;
}

Result<MeetingRows> MeetingRepository::build(const MeetingRowsInput &input) const
{
    // Sort keys in the collation the file's other keys were made with, whatever our locale.
    auto collation = MeetingSortKeys(CatalogueConnection::of(m_catalogue)).collation();
    if (!collation)
        return collation.error();
    MeetingRows rows;
    rows.collation = *collation;
    rows.append(input);
    return rows;
}

Status MeetingRepository::insertRows(const MeetingRows &rows,
                                     std::initializer_list<MeetingRows::Table> tables,
                                     const QString &what)
{
    const QSqlDatabase db = CatalogueConnection::of(m_catalogue);
    for (const MeetingRows::Table table : tables) {
        const MeetingRows::TableSpec &spec = MeetingRows::spec(table);
        BulkInsert insert(spec.table, spec.columns, spec.verb);
        insert.appendRows(rows.values.at(std::size_t(table)));
        if (Status s = insert.flush(db, what); !s)
            return s;
    }
    return {};
}

Status MeetingRepository::updateRow(const MeetingRows &rows, const Meeting &meeting,
                                    const QString &what)
{
    // The meetings row a new meeting would get, less its id, creation time and version.
    const QStringList &columns = MeetingRows::spec(MeetingRows::Meetings).columns;
    const QList<QVariant> &values = rows.values.at(MeetingRows::Meetings);
    QStringList assignments;
    QList<std::pair<QString, QVariant>> binds;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const QString &column = columns.at(i);
        if (column == u"id" || column == u"version" || column == u"created_at")
            continue;
        assignments.append(column % u" = :"_s % column);
        binds.append({u":"_s % column, values.at(i)});
    }
    SqlQuery q(CatalogueConnection::of(m_catalogue),
               u"UPDATE meetings SET "_s % assignments.join(u", "_s) %
                   u", version = version + 1 WHERE id = :id AND version = :version RETURNING id"_s);
    for (const auto &[name, value] : std::as_const(binds))
        q.bind(name, value);
    q.bind(u":id"_s, meeting.id).bind(u":version"_s, meeting.version);
    if (Status s = q.exec(what); !s)
        return s;
    if (!q.next())
        return conflict(meeting);
    q.finish();
    return {};
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
                        "period_end_precision, sort_order, title_folded) VALUES (:docid, "
                        ":meeting, :title, :kind, :action, :date, :datep, :pstart, :pstartp, "
                        ":pend, :pendp, :order, :titlef) RETURNING id"_s);
    SqlQuery update(db, u"UPDATE documents SET title = :title, kind = :kind, action = :action, "
                        "doc_date = :date, doc_date_precision = :datep, period_start = :pstart, "
                        "period_start_precision = :pstartp, period_end = :pend, "
                        "period_end_precision = :pendp, sort_order = :order, title_folded = "
                        ":titlef, version = version + 1 WHERE id = :id AND meeting_id = :meeting "
                        "RETURNING id"_s);
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
                .bind(u":titlef"_s, NameFolding::fold(d.title.trimmed()))
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
    // As it was: under its id, version and creation time, its documents under theirs.
    auto input = rowsInput(meeting, meeting.id, what);
    if (!input)
        return input.error();
    const QString now = timestampNow();
    input->version = std::max(meeting.version, 1);
    input->created =
        meeting.createdAt.isValid() ? meeting.createdAt.toUTC().toString(Qt::ISODateWithMs) : now;
    input->updated = now;
    const auto rows = build(*input);
    if (!rows)
        return rows.error();
    if (Status s = insertRows(*rows, allTables, what); !s)
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
