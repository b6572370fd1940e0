#pragma once

#include "domain/error.h"
#include "domain/namecollation.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <utility>

namespace entente {

// The collation sort keys of meeting titles and places (migration 4: meetings.title_key and
// place_key, indexed for the meetings table's title and place orders) and the record of which
// collation made them (catalogue_info). Keys depend on the locale and on the collation library's
// version, so the file says which ones it holds, every writer makes new keys with that same
// collation, and a catalogue opened for writing under another locale is re-keyed as a whole.
class MeetingSortKeys
{
    Q_DECLARE_TR_FUNCTIONS(MeetingSortKeys)

public:
    explicit MeetingSortKeys(QSqlDatabase db)
        : m_db(db)
    {}

    // The collation the stored keys were made with (the reader's own when none is recorded yet).
    Result<NameCollation> collation() const;
    // Makes every key again with `wanted` if the stored ones were made with another collation
    // or not at all; true when it did. One transaction: the keys change all together or not.
    Result<bool> refresh(const NameCollation &wanted);

private:
    Status rebuild(const NameCollation &wanted, const QString &what);
    Result<QString> info(const QString &name) const;

    QSqlDatabase m_db;
};

} // namespace entente
