#include "exportscope.h"

#include "models/meetingtablemodel.h"

#include <QItemSelectionModel>
#include <QTableView>

#include <algorithm>

namespace entente {

ExportScope ExportScope::of(const QTableView *meetings, const QString &query)
{
    ExportScope scope;
    scope.query = query.trimmed();
    if (!meetings || !meetings->selectionModel())
        return scope;
    const auto *model = qobject_cast<const MeetingTableModel *>(meetings->model());
    if (!model)
        return scope;
    QModelIndexList rows = meetings->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &row : rows) {
        const qint64 id = model->meetingId(row.row());
        if (id > 0)
            scope.selectedIds.append(id);
    }
    return scope;
}

} // namespace entente
