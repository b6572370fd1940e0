#include "meetingjson.h"

#include "domain/countryresolver.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace entente::MeetingJson {

namespace {

QJsonValue dateValue(const PartialDate &date)
{
    return date.isValid() ? QJsonValue(date.toIso()) : QJsonValue(QJsonValue::Null);
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

// A party names a country ("country": "RUS") or an international organisation
// ("organisation": "EU"): the key says which, as docs/json-format.md describes.
QString partyKey(const QString &code)
{
    return CountryResolver::builtIn().isOrganisation(code) ? u"organisation"_s : u"country"_s;
}

QJsonObject memberJson(const DelegationMember &m)
{
    return {{u"person_id"_s, m.personId},
            {u"name"_s, m.displayName()},
            {u"name_native"_s, m.nameNative},
            {u"position"_s, m.position}};
}

QJsonObject delegationJson(const Delegation &d)
{
    QJsonArray members;
    QJsonValue head(QJsonValue::Null);
    for (const DelegationMember &m : d.members) {
        if (m.head)
            head = memberJson(m);
        else
            members.append(memberJson(m));
    }
    return {{partyKey(d.country), d.country}, {u"head"_s, head}, {u"members"_s, members}};
}

QJsonObject documentJson(const OutcomeDocument &d)
{
    QJsonArray links;
    for (const DocumentLink &l : d.links)
        links.append(QJsonObject{{u"relation"_s, relationCode(l.relation)},
                                 {u"document_id"_s, l.targetId},
                                 {u"title"_s, l.targetTitle}});
    return {{u"id"_s, d.id},
            {u"title"_s, d.title},
            {u"kind"_s, d.kind},
            {u"action"_s, d.action},
            {u"date"_s, dateValue(d.date)},
            {u"period"_s, QJsonObject{{u"start"_s, dateValue(d.periodStart)},
                                      {u"end"_s, dateValue(d.periodEnd)}}},
            {u"parties"_s, QJsonArray::fromStringList(d.parties)},
            {u"links"_s, links}};
}

} // namespace

QJsonObject toJson(const Meeting &meeting)
{
    QJsonArray parties;
    for (const Party &p : meeting.parties)
        parties.append(
            QJsonObject{{partyKey(p.country), p.country}, {u"role"_s, roleCode(p.role)}});
    QJsonArray delegations;
    for (const Delegation &d : meeting.delegations)
        delegations.append(delegationJson(d));
    QJsonArray documents;
    for (const OutcomeDocument &d : meeting.documents)
        documents.append(documentJson(d));
    QJsonArray topics;
    for (const TopicRef &t : meeting.topics)
        topics.append(t.name);
    QJsonArray sources;
    for (const Source &s : meeting.sources)
        sources.append(QJsonObject{{u"publisher"_s, s.publisher},
                                   {u"title"_s, s.title},
                                   {u"url"_s, s.url},
                                   {u"published"_s, dateValue(s.published)},
                                   {u"text"_s, s.text}});
    QJsonArray subEvents;
    for (const SubEventRef &e : meeting.subEvents)
        subEvents.append(e.id);

    return {{u"id"_s, meeting.id},
            {u"parent_id"_s, meeting.parentId ? QJsonValue(meeting.parentId) : QJsonValue()},
            {u"title"_s, meeting.title},
            {u"start_date"_s, dateValue(meeting.start)},
            {u"end_date"_s, dateValue(meeting.effectiveEnd())},
            {u"place"_s, meeting.place},
            {u"country"_s, textOrNull(meeting.placeCountry)},
            {u"format"_s, meeting.format},
            {u"status"_s, statusCode(meeting.status)},
            {u"parties"_s, parties},
            {u"delegations"_s, delegations},
            {u"topics"_s, topics},
            {u"documents"_s, documents},
            {u"tone"_s, meeting.tone},
            {u"summary"_s, meeting.summary},
            {u"sources"_s, sources},
            {u"sub_event_ids"_s, subEvents},
            {u"version"_s, meeting.version},
            {u"created_at"_s, meeting.createdAt.toString(Qt::ISODateWithMs)},
            {u"updated_at"_s, meeting.updatedAt.toString(Qt::ISODateWithMs)}};
}

} // namespace entente::MeetingJson
