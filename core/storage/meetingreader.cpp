#include "meetingreader.h"

#include "storage/sqlquery.h"
#include "storage/timestamps.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace entente {

Result<Meeting> MeetingReader::read(qint64 id) const
{
    const QString what = tr("Cannot read meeting %1").arg(id);
    SqlQuery q(m_db,
               u"SELECT ifnull(parent_id, 0), title, start_date, start_precision, end_date, "
               "end_precision, place, ifnull(place_country, ''), format, status, tone, summary, "
               "version, created_at, updated_at FROM meetings WHERE id = :id"_s);
    if (Status s = q.bind(u":id"_s, id).exec(what); !s)
        return s.error();
    if (!q.next())
        return Error::notFound(tr("There is no meeting %1 in the catalogue").arg(id));
    Meeting m;
    m.id = id;
    m.parentId = q.integer(0);
    m.title = q.text(1);
    m.start = PartialDate::fromStorage(q.text(2), q.text(3));
    m.end = PartialDate::fromStorage(q.text(4), q.text(5));
    m.place = q.text(6);
    m.placeCountry = q.text(7);
    m.format = q.text(8);
    m.status = statusFromCode(q.text(9)).value_or(MeetingStatus::Held);
    m.tone = q.text(10);
    m.summary = q.text(11);
    m.version = int(q.integer(12));
    m.createdAt = timestampFrom(q.text(13));
    m.updatedAt = timestampFrom(q.text(14));
    q.finish();

    for (auto part : {&MeetingReader::readParties, &MeetingReader::readDelegations,
                      &MeetingReader::readTopics, &MeetingReader::readDocuments,
                      &MeetingReader::readSources, &MeetingReader::readSubEvents}) {
        if (Status s = (this->*part)(m, what); !s)
            return s.error();
    }
    return m;
}

Status MeetingReader::readParties(Meeting &meeting, const QString &what) const
{
    SqlQuery q(m_db, u"SELECT country_code, role FROM meeting_parties WHERE meeting_id = :id "
                     "ORDER BY sort_order, country_code"_s);
    if (Status s = q.bind(u":id"_s, meeting.id).exec(what); !s)
        return s;
    while (q.next())
        meeting.parties.append(
            {q.text(0), roleFromCode(q.text(1)).value_or(PartyRole::Participant)});
    return {};
}

Status MeetingReader::readDelegations(Meeting &meeting, const QString &what) const
{
    // Delegations follow the order of the parties, members their protocol order.
    SqlQuery q(m_db,
               u"SELECT d.country_code, dm.person_id, dm.position, dm.is_head, p.name_latin, "
               "p.name_native FROM delegations d JOIN meeting_parties mp ON mp.meeting_id = "
               "d.meeting_id AND mp.country_code = d.country_code LEFT JOIN delegation_members "
               "dm ON dm.delegation_id = d.id LEFT JOIN persons p ON p.id = dm.person_id WHERE "
               "d.meeting_id = :id ORDER BY mp.sort_order, d.id, dm.sort_order, dm.id"_s);
    if (Status s = q.bind(u":id"_s, meeting.id).exec(what); !s)
        return s;
    while (q.next()) {
        const QString country = q.text(0);
        if (meeting.delegations.isEmpty() || meeting.delegations.constLast().country != country)
            meeting.delegations.append({country, {}});
        if (q.value(1).isNull())
            continue;
        DelegationMember member;
        member.personId = q.integer(1);
        member.position = q.text(2);
        member.head = q.integer(3) != 0;
        member.nameLatin = q.text(4);
        member.nameNative = q.text(5);
        meeting.delegations.last().members.append(member);
    }
    return {};
}

Status MeetingReader::readTopics(Meeting &meeting, const QString &what) const
{
    SqlQuery q(m_db, u"SELECT t.id, t.name FROM meeting_topics mt JOIN topics t ON t.id = "
                     "mt.topic_id WHERE mt.meeting_id = :id ORDER BY mt.sort_order, t.id"_s);
    if (Status s = q.bind(u":id"_s, meeting.id).exec(what); !s)
        return s;
    while (q.next())
        meeting.topics.append({q.integer(0), q.text(1)});
    return {};
}

Status MeetingReader::readDocuments(Meeting &meeting, const QString &what) const
{
    SqlQuery q(m_db, u"SELECT id, title, kind, action, ifnull(doc_date, ''), "
                     "ifnull(doc_date_precision, ''), ifnull(period_start, ''), "
                     "ifnull(period_start_precision, ''), ifnull(period_end, ''), "
                     "ifnull(period_end_precision, '') FROM documents WHERE meeting_id = :id "
                     "ORDER BY sort_order, id"_s);
    if (Status s = q.bind(u":id"_s, meeting.id).exec(what); !s)
        return s;
    QHash<qint64, qsizetype> index;
    while (q.next()) {
        OutcomeDocument d;
        d.id = q.integer(0);
        d.title = q.text(1);
        d.kind = q.text(2);
        d.action = q.text(3);
        d.date = PartialDate::fromStorage(q.text(4), q.text(5));
        d.periodStart = PartialDate::fromStorage(q.text(6), q.text(7));
        d.periodEnd = PartialDate::fromStorage(q.text(8), q.text(9));
        index.insert(d.id, meeting.documents.size());
        meeting.documents.append(d);
    }
    q.finish();
    if (meeting.documents.isEmpty())
        return {};

    SqlQuery parties(m_db, u"SELECT dp.document_id, dp.country_code FROM document_parties dp JOIN "
                           "documents d ON d.id = dp.document_id WHERE d.meeting_id = :id "
                           "ORDER BY dp.document_id, dp.sort_order"_s);
    if (Status s = parties.bind(u":id"_s, meeting.id).exec(what); !s)
        return s;
    while (parties.next())
        meeting.documents[index.value(parties.integer(0))].parties.append(parties.text(1));
    parties.finish();

    SqlQuery links(m_db, u"SELECT l.from_document_id, l.to_document_id, l.relation, t.title FROM "
                         "document_links l JOIN documents d ON d.id = l.from_document_id JOIN "
                         "documents t ON t.id = l.to_document_id WHERE d.meeting_id = :id "
                         "ORDER BY l.from_document_id, l.to_document_id"_s);
    if (Status s = links.bind(u":id"_s, meeting.id).exec(what); !s)
        return s;
    while (links.next()) {
        DocumentLink link;
        link.targetId = links.integer(1);
        link.relation = relationFromCode(links.text(2)).value_or(DocumentRelation::Develops);
        link.targetTitle = links.text(3);
        meeting.documents[index.value(links.integer(0))].links.append(link);
    }
    return {};
}

Status MeetingReader::readSources(Meeting &meeting, const QString &what) const
{
    SqlQuery q(m_db, u"SELECT publisher, title, url, ifnull(published_date, ''), "
                     "ifnull(published_precision, ''), body FROM sources WHERE meeting_id = :id "
                     "ORDER BY sort_order, id"_s);
    if (Status s = q.bind(u":id"_s, meeting.id).exec(what); !s)
        return s;
    while (q.next())
        meeting.sources.append({q.text(0), q.text(1), q.text(2),
                                PartialDate::fromStorage(q.text(3), q.text(4)), q.text(5)});
    return {};
}

Status MeetingReader::readSubEvents(Meeting &meeting, const QString &what) const
{
    SqlQuery q(m_db,
               u"SELECT id, title, start_date, start_precision FROM meetings WHERE parent_id = "
               ":id ORDER BY start_date, id"_s);
    if (Status s = q.bind(u":id"_s, meeting.id).exec(what); !s)
        return s;
    while (q.next())
        meeting.subEvents.append(
            {q.integer(0), q.text(1), PartialDate::fromStorage(q.text(2), q.text(3))});
    return {};
}

} // namespace entente
