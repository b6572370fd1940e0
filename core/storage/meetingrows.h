#pragma once

#include "domain/meeting.h"
#include "domain/namecollation.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <array>
#include <optional>
#include <utility>

namespace entente {

// The rows a meeting becomes in the catalogue, as MeetingRepository and BulkWriter both write
// them: everything already decided (the ids it and its parts receive, its topics' ids, its
// people's stored names), so the conversion (folding, the full-text row, the values) can run on
// another thread while the previous rows are being written.
struct MeetingRowsInput
{
    Meeting meeting;
    qint64 id = 0;
    int version = 1;
    qint64 firstDelegation = 0; // the ids of its delegations, members, documents and sources
    qint64 firstMember = 0;     // follow one another from these, in the meeting's order
    qint64 firstDocument = 0;
    qint64 firstSource = 0;
    // When not empty, the documents' own ids, in order (a meeting restored under its ids):
    // they replace the run from firstDocument.
    QList<qint64> documentIds;
    QList<qint64> topicIds;                                      // in the order of meeting.topics
    QList<std::pair<qint64, std::pair<QString, QString>>> names; // each member's stored names
    QString created;
    QString updated;
};

struct MeetingRows
{
    // In the order they are written: parents before children.
    enum Table {
        Meetings,
        Parties,
        Delegations,
        Members,
        MeetingTopics,
        Sources,
        Documents,
        DocumentParties,
        Links,
        People,
        FullText,
        TableCount
    };

    // Where a table's rows go: its name, its columns in the order of the values, and the verb.
    struct TableSpec
    {
        QString table;
        QStringList columns;
        QString verb; // "INSERT" or "INSERT OR IGNORE"
    };
    static const TableSpec &spec(Table table);

    // Row-major values, per table, in spec() column order.
    std::array<QList<QVariant>, TableCount> values;
    qsizetype meetings = 0;
    // The collation of the catalogue's sort keys (MeetingSortKeys::collation()).
    NameCollation collation;

    // Adds the rows of one meeting.
    void append(const MeetingRowsInput &input);
};

} // namespace entente
