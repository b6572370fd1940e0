#pragma once

#include "domain/partialdate.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace entente {

// One line of a search report's table: just what the table shows, read in batches by one query
// per batch rather than a whole meeting at a time.
struct ReportRow
{
    struct Head
    {
        QString country; // ISO alpha-3
        QString name;    // Latin name, else the native one
    };
    struct Document
    {
        QString kind;   // vocabulary code
        QString action; // vocabulary code
    };

    qint64 id = 0;
    qint64 parentId = 0;
    PartialDate start;
    PartialDate end;
    QString title;
    QString place;
    QString placeCountry;
    QList<Head> heads; // in the parties' order
    QList<Document> documents;
};

// The counts behind a search report's summary and charts, added up batch by batch.
struct ReportFigures
{
    qint64 meetings = 0;
    qint64 documents = 0;
    QSet<qint64> heads;                            // distinct heads of delegation
    QHash<QString, int> meetingsByCountry;         // country code -> meetings it took part in
    QHash<QString, int> meetingsHosted;            // country code -> meetings it hosted
    QHash<int, QHash<QString, int>> countryByYear; // start year -> country code -> meetings
    QHash<int, int> meetingsByYear;                // start year -> meetings
    QHash<qint64, int> topicCounts;                // topic id -> meetings
    QHash<qint64, QString> topicNames;             // topic id -> name
};

} // namespace entente
