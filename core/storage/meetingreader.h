#pragma once

#include "domain/error.h"
#include "domain/meeting.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace entente {

// Assembles one whole meeting from its rows: the read half of MeetingRepository, kept apart
// because it is most of the SQL and has nothing to do with writing.
class MeetingReader
{
    Q_DECLARE_TR_FUNCTIONS(MeetingReader)

public:
    explicit MeetingReader(QSqlDatabase db)
        : m_db(std::move(db))
    {}
    Result<Meeting> read(qint64 id) const;

private:
    Status readParties(Meeting &meeting, const QString &what) const;
    Status readDelegations(Meeting &meeting, const QString &what) const;
    Status readTopics(Meeting &meeting, const QString &what) const;
    Status readDocuments(Meeting &meeting, const QString &what) const;
    Status readSources(Meeting &meeting, const QString &what) const;
    Status readSubEvents(Meeting &meeting, const QString &what) const;

    QSqlDatabase m_db;
};

} // namespace entente
