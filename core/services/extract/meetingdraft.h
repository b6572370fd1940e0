#pragma once

#include "domain/meeting.h"

#include <QList>
#include <QString>

namespace entente {

// Why the extractor filled a field: the sentence it read it from, where that sentence is in the
// release, and how sure it is. A field the text leaves open may also have an entry, with an
// empty value and a flag saying why (a date with no year and no publication date).
struct Evidence
{
    QString field;    // the meeting's JSON field: "start_date", "place", "format", "parties", …
    QString value;    // what was filled in, as text; empty when the field was left empty
    QString sentence; // the sentence, white space collapsed
    qsizetype start = -1;    // its span in the release text, in UTF-16 code units; -1 when the
    qsizetype end = -1;      // value comes from outside the text (--published)
    double confidence = 0.0; // 0 … 1
    QString flag;            // a stable code for a problem: "no_year", "weekday_mismatch", …
    QString note;            // a sentence for the analyst
};

// Someone the release names who is not in the catalogue yet: proposed, never dropped. When the
// draft is saved the person is created first (with the post as attested on the meeting's day)
// and the delegation member that stands for them gets the new id.
struct NewPerson
{
    QString nameLatin;  // the name as the text gives it, put into the nominative
    QString nameNative; // (one of the two, by the script the text uses)
    QString asWritten;  // exactly as in the text: "С.Н.Мартыновым"
    QString title;      // the post as the text gives it: "Minister of Foreign Affairs"
    QString country;    // ISO alpha-3, empty when the text does not say
    bool head = false;  // heads the delegation of `country`
    QString sentence;
    qsizetype start = -1;
    qsizetype end = -1;
    double confidence = 0.0;

    QString displayName() const { return nameLatin.isEmpty() ? nameNative : nameLatin; }
};

// A meeting proposed from a press release, for the analyst to review: nothing is saved until the
// draft is accepted. In `meeting`, a delegation member with personId −n stands for
// newPeople[n − 1].
struct MeetingDraft
{
    Meeting meeting;
    QList<Meeting> subEvents; // the one-to-one inside the meeting, …: parentId is set on saving
    QList<NewPerson> newPeople;
    QList<Evidence> evidence;
    // False when the text describes no meeting at all (no format, no meeting verb, no party).
    bool meetingLike = false;

    static qint64 placeholderId(qsizetype newPersonIndex) { return -(newPersonIndex + 1); }
    // A document link whose target is another document of the same draft names it by
    // −(index + 1) into meeting.documents: it gets a real id only when the draft is saved.
    static qint64 documentPlaceholder(qsizetype documentIndex) { return -(documentIndex + 1); }
    static qsizetype documentIndex(qint64 targetId) { return targetId < 0 ? -targetId - 1 : -1; }
    // The newPeople index a placeholder id stands for, or -1.
    static qsizetype newPersonIndex(qint64 personId) { return personId < 0 ? -personId - 1 : -1; }

    // The evidence of a field, in the order it was found.
    QList<Evidence> evidenceFor(const QString &field) const;
    // Every problem that would stop the draft from being saved: Meeting::validate() on the
    // meeting and its sub-events, new people counting as known.
    FieldProblems problems() const;
};

} // namespace entente
