#pragma once

#include <QList>

class QAbstractItemModel;
class QMimeData;

namespace entente {

// Rows of a table for the clipboard, as the user sees them: tab-separated text (text/plain) for
// pasting into mail or a document, and CSV (text/csv, RFC 4180, formulas neutralised) for a
// spreadsheet. The first line holds the column headers.
QMimeData *rowsAsMimeData(const QAbstractItemModel &model, const QList<int> &rows,
                          const QList<int> &columns);

} // namespace entente
