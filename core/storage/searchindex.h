#pragma once

#include "domain/error.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <utility>

namespace entente {

// Fills the search columns of a catalogue being upgraded that SQL cannot compute: the folded
// titles of outcome documents (migration 3) and the people's name keys (migration 8). New and
// changed meetings get them, and their meeting_people rows, from MeetingRows, the one builder of a
// meeting's rows.
class SearchIndex
{
public:
    explicit SearchIndex(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // Fills the folded document titles of a catalogue being upgraded to version 3 (the SQL of
    // the migration cannot fold; meeting_people is filled by the migration's SQL).
    Status backfill();
    // Writes every person's name keys again (person_name_keys), after NameFolding::matchKey()
    // changed (migration 8 reads German spellings).
    Status rekeyPeople();

private:
    Status writeFolded(const QList<std::pair<qint64, QString>> &titles, const QString &what);

    QSqlDatabase m_db;
};

} // namespace entente
