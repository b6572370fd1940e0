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

} // namespace

void MeetingRows::append(const MeetingRowsInput &in)
{
    const Meeting &m = in.meeting;
    const qint64 id = in.id;
    const PartialDate end = m.effectiveEnd();
    const QVariant startDay = firstDayOrNull(m.start);
    add(values[Meetings],
        {id, idOrNull(m.parentId), m.title.trimmed(), NameFolding::fold(m.title),
         collation.sortKey(m.title.trimmed()), startDay, precisionOrNull(m.start),
         lastDayOrNull(end), precisionOrNull(end), m.place.trimmed(), NameFolding::fold(m.place),
         collation.sortKey(m.place.trimmed()), nullIfEmpty(m.placeCountry), m.format,
         statusCode(m.status), m.tone.trimmed(), m.summary.trimmed(), in.created, in.updated});
    for (qsizetype i = 0; i < m.parties.size(); ++i) {
        const Party &p = m.parties.at(i);
        add(values[Parties], {id, p.country, roleCode(p.role), i});
    }
    // meeting_people: one row per person, head if head in any delegation (as SearchIndex).
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
    qint64 documentId = in.firstDocument;
    for (qsizetype i = 0; i < m.documents.size(); ++i) {
        const OutcomeDocument &d = m.documents.at(i);
        const QString title = d.title.trimmed();
        add(values[Documents], {documentId, id, title, d.kind, d.action, firstDayOrNull(d.date),
                                precisionOrNull(d.date), firstDayOrNull(d.periodStart),
                                precisionOrNull(d.periodStart), lastDayOrNull(d.periodEnd),
                                precisionOrNull(d.periodEnd), i, NameFolding::fold(title)});
        for (qsizetype p = 0; p < d.parties.size(); ++p)
            add(values[DocumentParties], {documentId, d.parties.at(p), p});
        for (const DocumentLink &l : d.links)
            add(values[Links], {documentId, l.targetId, relationCode(l.relation)});
        ++documentId;
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
    add(values[FullText], {id, text.title, text.summary, text.body});
    ++meetings;
}

} // namespace entente
