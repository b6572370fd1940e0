#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace entente::cli {

// A plain-text table with columns aligned by character count (QString length, so Cyrillic lines
// up as well as Latin), columns separated by two spaces, an optional header row underlined with
// dashes. The last column is not padded, so lines carry no trailing blanks.
class TablePrinter
{
public:
    explicit TablePrinter(QStringList header = {});

    void addRow(QStringList cells);
    bool isEmpty() const { return m_rows.isEmpty(); }
    qsizetype rowCount() const { return m_rows.size(); }

    // The whole table, each line ending in '\n'; empty when there are no rows.
    QString toString() const;

private:
    QList<qsizetype> columnWidths() const;
    static QString formatRow(const QStringList &cells, const QList<qsizetype> &widths);

    QStringList m_header;
    QList<QStringList> m_rows;
};

} // namespace entente::cli
