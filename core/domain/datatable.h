#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace entente {

// The rows of a tab-separated data file compiled into the program (resources/data/...): comment
// lines (#) and blank lines skipped, each row padded to at least `columns` fields. A missing
// resource is a build mistake: it is logged and gives no rows.
QList<QStringList> readDataTable(const QString &resourcePath, qsizetype columns);

} // namespace entente
