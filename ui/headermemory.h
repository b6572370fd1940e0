#pragma once

#include <QString>

class QHeaderView;

namespace entente {

// Keeps a table's column widths and order between runs, in the settings under
// "tables/KEY": restored as soon as the header has its columns, saved as the analyst changes them.
void rememberHeader(QHeaderView *header, const QString &key);

} // namespace entente
