#pragma once

#include "domain/codes.h"
#include "domain/outcomedocument.h"
#include "domain/partialdate.h"
#include "domain/validation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace entente {

struct Party
{
    // A country's ISO alpha-3 code or an international organisation's (EU, NATO): see Country.
    QString country;
    PartyRole role = PartyRole::Guest;
    friend bool operator==(const Party &, const Party &) = default;
};

// One person in a delegation, in protocol order. The names are filled in when read, for display.
struct DelegationMember
{
    qint64 personId = 0;
    QString position; // the post held at the time of the meeting
    bool head = false;
    QString nameLatin;
    QString nameNative;

    QString displayName() const { return nameLatin.isEmpty() ? nameNative : nameLatin; }
    friend bool operator==(const DelegationMember &a, const DelegationMember &b)
    {
        return a.personId == b.personId && a.position == b.position && a.head == b.head;
    }
};

struct Delegation
{
    QString country; // a party's code (a country or an organisation): must be a party
    QList<DelegationMember> members;

    const DelegationMember *head() const;
    friend bool operator==(const Delegation &, const Delegation &) = default;
};

struct TopicRef
{
    qint64 id = 0; // 0: find or create a top-level topic by name when saved
    QString name;
    friend bool operator==(const TopicRef &a, const TopicRef &b)
    {
        return a.name == b.name && (a.id == b.id || a.id == 0 || b.id == 0);
    }
};

struct Source
{
    QString publisher;
    QString title;
    QString url;
    PartialDate published;
    QString text;
    friend bool operator==(const Source &, const Source &) = default;
};

// A sub-event as listed under its parent: enough to show and open it.
struct SubEventRef
{
    qint64 id = 0;
    QString title;
    PartialDate start;
};

struct Meeting
{
    Q_DECLARE_TR_FUNCTIONS(Meeting)

public:
    qint64 id = 0;
    qint64 parentId = 0; // a sub-event (the ministers' one-to-one) points to its meeting
    QString title;
    PartialDate start;
    PartialDate end; // null: the same as start
    QString place;
    QString placeCountry;                     // ISO alpha-3: a country, never an organisation
    QString format = QStringLiteral("talks"); // vocabulary code
    MeetingStatus status = MeetingStatus::Held;
    QList<Party> parties;
    QList<Delegation> delegations;
    QList<TopicRef> topics;
    QList<OutcomeDocument> documents;
    QString tone;
    QString summary;
    QList<Source> sources;

    // Read-only, filled in when read.
    QList<SubEventRef> subEvents;
    int version = 0;
    QDateTime createdAt;
    QDateTime updatedAt;

    PartialDate effectiveEnd() const { return end.isNull() ? start : end; }
    const Party *party(QStringView country) const;
    const Delegation *delegation(QStringView country) const;
    // Every rule a meeting must satisfy before it is written, each problem naming its field.
    FieldProblems validate() const;
};

} // namespace entente
