#pragma once

#include "domain/meeting.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <utility>

namespace entente {

// What a meeting's row of the full-text index (meeting_fts, rowid = meetings.id) holds: its
// title, its summary with the tone, and everything else a person may type to find it (place,
// the names and posts of the delegations, topics, document titles, sources), each folded by
// NameFolding (read by =word) and as the search keys the index holds (SearchKeys). The one
// definition for MeetingRepository, BulkWriter and the index rebuild, so all write the same.
struct FullTextRow
{
    QString title;
    QString summary;
    QString body;
    QString titleKeys;
    QString summaryKeys;
    QString bodyKeys;

    // The columns of meeting_fts after rowid, in the order the values above are listed.
    static QStringList columns();

    // `names` gives a person's stored Latin and native names, or nothing for an unknown id.
    using NameLookup = std::function<std::optional<std::pair<QString, QString>>(qint64 personId)>;
    static FullTextRow of(const Meeting &meeting, const NameLookup &names);
};

} // namespace entente
