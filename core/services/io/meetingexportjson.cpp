#include "meetingexportjson.h"

#include "io/meetingjson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace entente::MeetingExportJson {

namespace {

QJsonValue dateValue(const PartialDate &date)
{
    return date.isValid() ? QJsonValue(date.toIso()) : QJsonValue(QJsonValue::Null);
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject withPerson(QJsonObject member, const DelegationMember &m, const ExportLookups &lookups)
{
    const auto person = lookups.people.constFind(m.personId);
    if (person != lookups.people.constEnd())
        member.insert(u"person"_s, personJson(*person));
    return member;
}

} // namespace

QJsonObject personJson(const Person &p)
{
    QJsonArray positions;
    for (const Position &pos : p.positions)
        positions.append(QJsonObject{{u"title"_s, pos.title},
                                     {u"organisation"_s, pos.organisation},
                                     {u"country"_s, textOrNull(pos.country)},
                                     {u"from"_s, dateValue(pos.from)},
                                     {u"to"_s, dateValue(pos.to)}});
    return {{u"id"_s, p.id},
            {u"name_latin"_s, p.nameLatin},
            {u"name_native"_s, p.nameNative},
            {u"aliases"_s, QJsonArray::fromStringList(p.aliases)},
            {u"country"_s, textOrNull(p.country)},
            {u"positions"_s, positions},
            {u"version"_s, p.version}};
}

QJsonObject toJson(const Meeting &meeting, const ExportLookups &lookups)
{
    QJsonObject object = MeetingJson::toJson(meeting);

    // MeetingJson writes one object per delegation in order, its head apart and the other members
    // in order: walk them side by side and add each one's person.
    QJsonArray delegations = object.value(u"delegations"_s).toArray();
    for (qsizetype i = 0; i < delegations.size() && i < meeting.delegations.size(); ++i) {
        QJsonObject delegation = delegations.at(i).toObject();
        QJsonArray members = delegation.value(u"members"_s).toArray();
        qsizetype next = 0;
        for (const DelegationMember &m : meeting.delegations.at(i).members) {
            if (m.head) {
                delegation.insert(u"head"_s,
                                  withPerson(delegation.value(u"head"_s).toObject(), m, lookups));
            } else if (next < members.size()) {
                members.replace(next, withPerson(members.at(next).toObject(), m, lookups));
                ++next;
            }
        }
        delegation.insert(u"members"_s, members);
        delegations.replace(i, delegation);
    }
    object.insert(u"delegations"_s, delegations);

    QJsonArray documents = object.value(u"documents"_s).toArray();
    for (qsizetype i = 0; i < documents.size() && i < meeting.documents.size(); ++i) {
        const OutcomeDocument &d = meeting.documents.at(i);
        QJsonObject document = documents.at(i).toObject();
        document.insert(u"kind_label"_s, lookups.kindLabels.value(d.kind, d.kind));
        document.insert(u"action_label"_s, lookups.actionLabels.value(d.action, d.action));
        QJsonArray links = document.value(u"links"_s).toArray();
        for (qsizetype k = 0; k < links.size() && k < d.links.size(); ++k) {
            QJsonObject link = links.at(k).toObject();
            const qint64 holder = lookups.documentMeetings.value(d.links.at(k).targetId);
            link.insert(u"meeting_id"_s, holder ? QJsonValue(holder) : QJsonValue());
            links.replace(k, link);
        }
        document.insert(u"links"_s, links);
        documents.replace(i, document);
    }
    object.insert(u"documents"_s, documents);

    QJsonArray topicPaths;
    for (const TopicRef &t : meeting.topics)
        topicPaths.append(
            QJsonArray::fromStringList(lookups.topicPaths.value(t.id, QStringList{t.name})));
    object.insert(u"topic_paths"_s, topicPaths);
    object.insert(u"format_label"_s, lookups.formatLabels.value(meeting.format, meeting.format));
    return object;
}

} // namespace entente::MeetingExportJson
