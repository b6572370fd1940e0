#pragma once

#include "domain/error.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <utility>

namespace entente {

// Keeps the search tables of migration 3 in step with the meetings: meeting_people (who took part
// in which meeting, keyed by person and date) and the folded titles of outcome documents. Called
// by MeetingRepository inside the transaction that writes the meeting, never on its own.
class SearchIndex
{
public:
    explicit SearchIndex(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // Rewrites the rows of one meeting from its delegations and documents as they are now.
    Status writeMeeting(qint64 meetingId, const QString &what);
    // Fills the folded document titles of a catalogue being upgraded to version 3 (the SQL of
    // the migration cannot fold; meeting_people is filled by the migration's SQL).
    Status backfill();

private:
    Status foldDocumentTitles(qint64 meetingId, const QString &what);
    Status writeFolded(const QList<std::pair<qint64, QString>> &titles, const QString &what);

    QSqlDatabase m_db;
};

} // namespace entente
