#pragma once

#include <QList>
#include <QMetaType>

namespace entente {

// What an edit touched, so that views re-read just that: the meetings table, an open editor, the
// people manager, the vocabulary lists.
struct ChangeSet
{
    QList<qint64> meetings;        // created, changed or brought back
    QList<qint64> removedMeetings; // deleted (sub-events included)
    QList<qint64> people;
    QList<qint64> removedPeople;
    bool vocabulary = false; // formats, document kinds and actions
    bool topics = false;

    bool touchesMeeting(qint64 id) const
    {
        return meetings.contains(id) || removedMeetings.contains(id);
    }
    bool touchesPerson(qint64 id) const
    {
        return people.contains(id) || removedPeople.contains(id);
    }
};

} // namespace entente

Q_DECLARE_METATYPE(entente::ChangeSet)
