#include "draftjson.h"

#include "io/meetingjson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace entente::DraftJson {

namespace {

QJsonValue spanValue(qsizetype start, qsizetype end)
{
    if (start < 0 || end < start)
        return QJsonValue(QJsonValue::Null);
    return QJsonObject{{u"start"_s, start}, {u"end"_s, end}};
}

QJsonObject memberWithPlaceholder(QJsonObject member)
{
    const qint64 id = member.value(u"person_id"_s).toInteger();
    const qsizetype index = MeetingDraft::newPersonIndex(id);
    if (index >= 0) {
        member.insert(u"person_id"_s, QJsonValue(QJsonValue::Null));
        member.insert(u"new_person"_s, index);
    }
    return member;
}

// A meeting object as `list` writes it, but unsaved: no id, no version, no timestamps.
QJsonObject draftMeeting(const Meeting &meeting)
{
    QJsonObject object = MeetingJson::toJson(meeting);
    for (const QString &key : {u"id"_s, u"version"_s, u"created_at"_s, u"updated_at"_s})
        object.insert(key, QJsonValue(QJsonValue::Null));
    if (meeting.parentId == 0)
        object.insert(u"parent_id"_s, QJsonValue(QJsonValue::Null));
    QJsonArray delegations;
    for (const QJsonValue &value : object.value(u"delegations"_s).toArray()) {
        QJsonObject delegation = value.toObject();
        if (delegation.value(u"head"_s).isObject())
            delegation.insert(u"head"_s,
                              memberWithPlaceholder(delegation.value(u"head"_s).toObject()));
        QJsonArray members;
        for (const QJsonValue &m : delegation.value(u"members"_s).toArray())
            members.append(memberWithPlaceholder(m.toObject()));
        delegation.insert(u"members"_s, members);
        delegations.append(delegation);
    }
    object.insert(u"delegations"_s, delegations);
    // A link to another document of the draft has no id yet: its index in `documents` instead.
    QJsonArray documents;
    for (const QJsonValue &value : object.value(u"documents"_s).toArray()) {
        QJsonObject document = value.toObject();
        QJsonArray links;
        for (const QJsonValue &l : document.value(u"links"_s).toArray()) {
            QJsonObject link = l.toObject();
            const qsizetype index =
                MeetingDraft::documentIndex(link.value(u"document_id"_s).toInteger());
            if (index >= 0) {
                link.insert(u"document_id"_s, QJsonValue(QJsonValue::Null));
                link.insert(u"document_index"_s, index);
            }
            links.append(link);
        }
        document.insert(u"links"_s, links);
        documents.append(document);
    }
    object.insert(u"documents"_s, documents);
    return object;
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

QJsonObject toJson(const MeetingDraft &draft)
{
    QJsonObject object = draftMeeting(draft.meeting);
    QJsonArray subEvents;
    for (const Meeting &sub : draft.subEvents)
        subEvents.append(draftMeeting(sub));
    object.insert(u"sub_events"_s, subEvents);

    QJsonArray evidence;
    for (const Evidence &e : draft.evidence) {
        QJsonObject entry{{u"field"_s, e.field},
                          {u"value"_s, e.value},
                          {u"sentence"_s, e.sentence},
                          {u"span"_s, spanValue(e.start, e.end)},
                          {u"confidence"_s, qRound(e.confidence * 100) / 100.0}};
        if (!e.flag.isEmpty())
            entry.insert(u"flag"_s, e.flag);
        if (!e.note.isEmpty())
            entry.insert(u"note"_s, e.note);
        evidence.append(entry);
    }
    object.insert(u"evidence"_s, evidence);

    QJsonArray people;
    for (const NewPerson &p : draft.newPeople)
        people.append(QJsonObject{{u"name"_s, p.displayName()},
                                  {u"name_latin"_s, p.nameLatin},
                                  {u"name_native"_s, p.nameNative},
                                  {u"as_written"_s, p.asWritten},
                                  {u"title"_s, p.title},
                                  {u"country"_s, textOrNull(p.country)},
                                  {u"head"_s, p.head},
                                  {u"sentence"_s, p.sentence},
                                  {u"span"_s, spanValue(p.start, p.end)},
                                  {u"confidence"_s, qRound(p.confidence * 100) / 100.0}});
    object.insert(u"new_people"_s, people);
    return object;
}

} // namespace entente::DraftJson
