#pragma once

#include "import/csvcolumns.h"

#include <QTableWidget>

namespace entente {

// The columns of a CSV file being imported, one row each: the column's name in the file, its
// first value, and the meeting field it is read as (a combo box; "Leave out" skips it).
class ImportColumnsTable : public QTableWidget
{
    Q_OBJECT

public:
    explicit ImportColumnsTable(QWidget *parent = nullptr);

    void setColumns(const QStringList &header, const QStringList &firstValues,
                    const CsvColumns &columns);
    CsvColumns columns() const;

Q_SIGNALS:
    void columnsChanged();

private:
    void fieldChosen(int row);
    QStringList m_fields; // the field of each row, kept unique
};

} // namespace entente
