#include "tableprinter.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace entente::cli {

namespace {

// Line breaks and tabs inside a cell would break the alignment of every row after it.
QString flatten(QString cell)
{
    for (QChar &c : cell) {
        if (c == u'\n' || c == u'\r' || c == u'\t')
            c = u' ';
    }
    return cell;
}

} // namespace

TablePrinter::TablePrinter(QStringList header)
    : m_header(std::move(header))
{}

void TablePrinter::addRow(QStringList cells)
{
    for (QString &cell : cells)
        cell = flatten(std::move(cell));
    m_rows.append(std::move(cells));
}

QList<qsizetype> TablePrinter::columnWidths() const
{
    QList<qsizetype> widths;
    const auto measure = [&widths](const QStringList &cells) {
        if (widths.size() < cells.size())
            widths.resize(cells.size(), 0);
        for (qsizetype i = 0; i < cells.size(); ++i)
            widths[i] = std::max(widths.at(i), cells.at(i).size());
    };
    measure(m_header);
    for (const QStringList &row : m_rows)
        measure(row);
    return widths;
}

QString TablePrinter::formatRow(const QStringList &cells, const QList<qsizetype> &widths)
{
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += u"  "_s;
        line += (i + 1 < cells.size()) ? cells.at(i).leftJustified(widths.at(i)) : cells.at(i);
    }
    // A row whose last cells are empty would otherwise end in padding.
    while (line.endsWith(u' '))
        line.chop(1);
    return line + u'\n';
}

QString TablePrinter::toString() const
{
    if (m_rows.isEmpty())
        return {};
    const QList<qsizetype> widths = columnWidths();
    QString text;
    if (!m_header.isEmpty()) {
        text += formatRow(m_header, widths);
        QStringList rules;
        for (qsizetype i = 0; i < m_header.size(); ++i)
            rules.append(QString(widths.at(i), u'-'));
        text += formatRow(rules, widths);
    }
    for (const QStringList &row : m_rows)
        text += formatRow(row, widths);
    return text;
}

} // namespace entente::cli
