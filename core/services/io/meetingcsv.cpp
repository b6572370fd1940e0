#include "meetingcsv.h"

using namespace Qt::StringLiterals;

namespace entente::MeetingCsv {

namespace {

const QString joiner = u"; "_s;

QString iso(const PartialDate &date)
{
    return date.isValid() ? date.toIso() : QString();
}

// "Sergey Lavrov (Minister of Foreign Affairs of the Russian Federation)"
QString member(const DelegationMember &m)
{
    return m.position.isEmpty() ? m.displayName() : m.displayName() + u" ("_s + m.position + u')';
}

QString document(const OutcomeDocument &d)
{
    QStringList facts{d.kind, d.action};
    if (d.date.isValid())
        facts.append(d.date.toIso());
    if (d.periodStart.isValid() || d.periodEnd.isValid())
        facts.append(u"period "_s + iso(d.periodStart) + u'/' + iso(d.periodEnd));
    return d.title + u" ["_s + facts.join(u", "_s) + u']';
}

QString source(const Source &s)
{
    QStringList parts;
    for (const QString &part : {s.publisher, s.title, iso(s.published), s.url}) {
        if (!part.isEmpty())
            parts.append(part);
    }
    return parts.join(u", "_s);
}

} // namespace

QStringList header()
{
    return {u"id"_s,
            u"parent_id"_s,
            u"start_date"_s,
            u"end_date"_s,
            u"title"_s,
            u"place"_s,
            u"country"_s,
            u"format"_s,
            u"status"_s,
            u"parties"_s,
            u"heads_of_delegation"_s,
            u"delegation_members"_s,
            u"topics"_s,
            u"documents"_s,
            u"tone"_s,
            u"summary"_s,
            u"sources"_s,
            u"sub_event_ids"_s,
            u"version"_s,
            u"created_at"_s,
            u"updated_at"_s};
}

QStringList row(const Meeting &m)
{
    QStringList parties;
    for (const Party &p : m.parties)
        parties.append(p.country + u" ("_s + roleCode(p.role) + u')');
    QStringList heads;
    QStringList members;
    for (const Delegation &d : m.delegations) {
        for (const DelegationMember &dm : d.members)
            (dm.head ? heads : members).append(d.country + u": "_s + member(dm));
    }
    QStringList topics;
    for (const TopicRef &t : m.topics)
        topics.append(t.name);
    QStringList documents;
    for (const OutcomeDocument &d : m.documents)
        documents.append(document(d));
    QStringList sources;
    for (const Source &s : m.sources)
        sources.append(source(s));
    QStringList subEvents;
    for (const SubEventRef &e : m.subEvents)
        subEvents.append(QString::number(e.id));

    return {QString::number(m.id),
            m.parentId ? QString::number(m.parentId) : QString(),
            iso(m.start),
            iso(m.effectiveEnd()),
            m.title,
            m.place,
            m.placeCountry,
            m.format,
            statusCode(m.status),
            parties.join(joiner),
            heads.join(joiner),
            members.join(joiner),
            topics.join(joiner),
            documents.join(joiner),
            m.tone,
            m.summary,
            sources.join(joiner),
            subEvents.join(joiner),
            QString::number(m.version),
            m.createdAt.toString(Qt::ISODateWithMs),
            m.updatedAt.toString(Qt::ISODateWithMs)};
}

} // namespace entente::MeetingCsv
