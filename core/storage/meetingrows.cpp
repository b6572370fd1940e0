#include "meetingrows.h"

#include "domain/namefolding.h"
#include "storage/fulltext.h"
#include "storage/sqlvalues.h"

#include <QHash>

using namespace entente::sqlvalues;

namespace entente {

namespace {

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

void add(QList<QVariant> &table, std::initializer_list<QVariant> row)
{
    for (const QVariant &value : row)
        table.append(value);
}

// The meetings row, in spec(Meetings) order.
QList<QVariant> meetingValues(const MeetingRowsInput &in, const NameCollation &collation)
{
    const Meeting &m = in.meeting;
    const PartialDate end = m.effectiveEnd();
    return {in.id,
            idOrNull(m.parentId),
            m.title.trimmed(),
            NameFolding::fold(m.title),
            collation.sortKey(m.title.trimmed()),
            firstDayOrNull(m.start),
            precisionOrNull(m.start),
            lastDayOrNull(end),
            precisionOrNull(end),
            m.place.trimmed(),
            NameFolding::fold(m.place),
            collation.sortKey(m.place.trimmed()),
            nullIfEmpty(m.placeCountry),
            m.format,
            statusCode(m.status),
            m.tone.trimmed(),
            m.summary.trimmed(),
            in.version,
            in.created,
            in.updated};
}

} // namespace

const MeetingRows::TableSpec &MeetingRows::spec(Table table)
{
    using namespace Qt::StringLiterals;
    static const std::array<TableSpec, TableCount> specs{{
        {u"meetings"_s,
         {u"id"_s,
          u"parent_id"_s,
          u"title"_s,
          u"title_folded"_s,
          u"title_key"_s,
          u"start_date"_s,
          u"start_precision"_s,
          u"end_date"_s,
          u"end_precision"_s,
          u"place"_s,
          u"place_folded"_s,
          u"place_key"_s,
          u"place_country"_s,
          u"format"_s,
          u"status"_s,
          u"tone"_s,
          u"summary"_s,
          u"version"_s,
          u"created_at"_s,
          u"updated_at"_s},
         u"INSERT"_s},
        {u"meeting_parties"_s,
         {u"meeting_id"_s, u"country_code"_s, u"role"_s, u"sort_order"_s},
         u"INSERT"_s},
        {u"delegations"_s, {u"id"_s, u"meeting_id"_s, u"country_code"_s}, u"INSERT"_s},
        {u"delegation_members"_s,
         {u"id"_s, u"delegation_id"_s, u"person_id"_s, u"position"_s, u"is_head"_s,
          u"sort_order"_s},
         u"INSERT"_s},
        {u"meeting_topics"_s,
         {u"meeting_id"_s, u"topic_id"_s, u"sort_order"_s},
         u"INSERT OR IGNORE"_s},
        {u"sources"_s,
         {u"id"_s, u"meeting_id"_s, u"publisher"_s, u"title"_s, u"url"_s, u"published_date"_s,
          u"published_precision"_s, u"body"_s, u"sort_order"_s},
         u"INSERT"_s},
        {u"documents"_s,
         {u"id"_s, u"meeting_id"_s, u"title"_s, u"kind"_s, u"action"_s, u"doc_date"_s,
          u"doc_date_precision"_s, u"period_start"_s, u"period_start_precision"_s, u"period_end"_s,
          u"period_end_precision"_s, u"sort_order"_s, u"title_folded"_s},
         u"INSERT"_s},
        {u"document_parties"_s,
         {u"document_id"_s, u"country_code"_s, u"sort_order"_s},
         u"INSERT OR IGNORE"_s},
        {u"document_links"_s,
         {u"from_document_id"_s, u"to_document_id"_s, u"relation"_s},
         u"INSERT"_s},
        {u"meeting_people"_s,
         {u"person_id"_s, u"start_date"_s, u"meeting_id"_s, u"is_head"_s, u"top_level"_s},
         u"INSERT"_s},
        {u"meeting_fts"_s, QStringList{u"rowid"_s} + FullTextRow::columns(), u"INSERT"_s},
    }};
    return specs.at(std::size_t(table));
}

void MeetingRows::append(const MeetingRowsInput &in)
{
    const Meeting &m = in.meeting;
    const qint64 id = in.id;
    const QVariant startDay = firstDayOrNull(m.start);
    values[Meetings].append(meetingValues(in, collation));
    for (qsizetype i = 0; i < m.parties.size(); ++i) {
        const Party &p = m.parties.at(i);
        add(values[Parties], {id, p.country, roleCode(p.role), i});
    }
    // meeting_people: one row per person, head if head in any delegation.
    QList<std::pair<qint64, bool>> people;
    qint64 delegationId = in.firstDelegation;
    qint64 memberId = in.firstMember;
    for (const Delegation &d : m.delegations) {
        add(values[Delegations], {delegationId, id, d.country});
        for (qsizetype i = 0; i < d.members.size(); ++i) {
            const DelegationMember &member = d.members.at(i);
            add(values[Members], {memberId++, delegationId, member.personId,
                                  member.position.trimmed(), member.head ? 1 : 0, i});
            const auto known = std::find_if(people.begin(), people.end(), [&](const auto &p) {
                return p.first == member.personId;
            });
            if (known == people.end())
                people.append({member.personId, member.head});
            else
                known->second = known->second || member.head;
        }
        ++delegationId;
    }
    for (qsizetype i = 0; i < in.topicIds.size(); ++i)
        add(values[MeetingTopics], {id, in.topicIds.at(i), i});
    qint64 sourceId = in.firstSource;
    for (qsizetype i = 0; i < m.sources.size(); ++i) {
        const Source &s = m.sources.at(i);
        add(values[Sources],
            {sourceId++, id, s.publisher.trimmed(), s.title.trimmed(), s.url.trimmed(),
             firstDayOrNull(s.published), precisionOrNull(s.published), s.text, i});
    }
    qint64 nextDocument = in.firstDocument;
    for (qsizetype i = 0; i < m.documents.size(); ++i) {
        const OutcomeDocument &d = m.documents.at(i);
        const qint64 documentId = in.documentIds.isEmpty() ? nextDocument++ : in.documentIds.at(i);
        const QString title = d.title.trimmed();
        add(values[Documents], {documentId, id, title, d.kind, d.action, firstDayOrNull(d.date),
                                precisionOrNull(d.date), firstDayOrNull(d.periodStart),
                                precisionOrNull(d.periodStart), lastDayOrNull(d.periodEnd),
                                precisionOrNull(d.periodEnd), i, NameFolding::fold(title)});
        for (qsizetype p = 0; p < d.parties.size(); ++p)
            add(values[DocumentParties], {documentId, d.parties.at(p), p});
        for (const DocumentLink &l : d.links)
            add(values[Links], {documentId, l.targetId, relationCode(l.relation)});
    }
    for (const auto &[person, head] : std::as_const(people))
        add(values[People], {person, startDay, id, head ? 1 : 0, m.parentId > 0 ? 0 : 1});
    const FullTextRow text = FullTextRow::of(m, [&in](qint64 person) {
        for (const auto &[known, names] : in.names) {
            if (known == person)
                return std::optional<std::pair<QString, QString>>(names);
        }
        return std::optional<std::pair<QString, QString>>();
    });
    add(values[FullText],
        {id, text.title, text.summary, text.body, text.titleKeys, text.summaryKeys, text.bodyKeys});
    ++meetings;
}

} // namespace entente
