#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace entente {

class PageCanvas;

struct TableColumn
{
    QString title;
    qreal weight = 1; // share of the table's width
    Qt::Alignment alignment = Qt::AlignLeft;
};

// A table drawn row by row onto a PageCanvas: cells wrap, a row that does not fit moves to the
// next page (or, taller than a page, continues there line by line), and the header row is drawn
// again at the top of every page the table reaches. Light rules between rows, a tinted header.
// Rows are drawn as they come: a table of any length costs the memory of one row.
class TableWriter
{
public:
    TableWriter(PageCanvas &canvas, QList<TableColumn> columns, qreal indent = 0);

    void addRow(const QStringList &cells);
    // How many times the header row was drawn (once per page the table reached).
    int headerCount() const { return m_headerCount; }

private:
    void drawHeader();
    qreal headerHeight() const;

    PageCanvas &m_canvas;
    QList<TableColumn> m_columns;
    QList<qreal> m_x;
    QList<qreal> m_width;
    qreal m_left = 0;
    qreal m_right = 0;
    qreal m_padX = 0;
    qreal m_padY = 0;
    int m_headerPage = 0; // the page whose header was drawn last
    int m_headerCount = 0;
    qreal m_topAfterHeader = 0;
};

} // namespace entente
