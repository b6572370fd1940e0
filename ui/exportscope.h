#pragma once

#include <QList>
#include <QString>

class QTableView;

namespace entente {

// What File ▸ Export Report… and Export Data… can cover: the search the window shows (its query;
// empty for every meeting) or the meetings selected in its table.
struct ExportScope
{
    QString query;
    QList<qint64> selectedIds; // in the table's order

    // From the meetings table (its selected rows) and the search bar's text.
    static ExportScope of(const QTableView *meetings, const QString &query);
};

} // namespace entente
