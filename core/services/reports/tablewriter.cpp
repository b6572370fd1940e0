#include "tablewriter.h"

#include "reports/pagecanvas.h"

#include <QPainter>

#include <algorithm>
#include <vector>

namespace entente {

TableWriter::TableWriter(PageCanvas &canvas, QList<TableColumn> columns, qreal indent)
    : m_canvas(canvas)
    , m_columns(std::move(columns))
{
    m_left = canvas.left() + indent;
    m_right = canvas.body().right();
    m_padX = canvas.pt(4);
    m_padY = canvas.pt(2.8);
    qreal total = 0;
    for (const TableColumn &c : std::as_const(m_columns))
        total += c.weight;
    qreal x = m_left;
    for (const TableColumn &c : std::as_const(m_columns)) {
        const qreal w = (m_right - m_left) * c.weight / total;
        m_x.append(x);
        m_width.append(w);
        x += w;
    }
}

qreal TableWriter::headerHeight() const
{
    qreal height = 0;
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        const WrappedText text = m_canvas.wrap(m_columns.at(i).title, m_canvas.style().tableHeader,
                                               m_width.at(i) - 2 * m_padX);
        height = std::max(height, text.height());
    }
    return height + 2 * m_padY;
}

void TableWriter::drawHeader()
{
    const ReportStyle &style = m_canvas.style();
    std::vector<WrappedText> texts;
    qreal height = 0;
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        texts.push_back(m_canvas.wrap(m_columns.at(i).title, style.tableHeader,
                                      m_width.at(i) - 2 * m_padX, m_columns.at(i).alignment));
        height = std::max(height, texts.back().height());
    }
    height += 2 * m_padY;
    const qreal top = m_canvas.y();
    if (QPainter *p = m_canvas.painter()) {
        p->fillRect(QRectF(m_left, top, m_right - m_left, height), style.tableHeaderFill);
        p->setPen(style.accent);
        for (std::size_t i = 0; i < texts.size(); ++i)
            texts[i].draw(p, QPointF(m_x.at(qsizetype(i)) + m_padX, top + m_padY));
        p->setPen(QPen(style.accent, m_canvas.pt(0.8)));
        p->drawLine(QPointF(m_left, top + height), QPointF(m_right, top + height));
    }
    m_canvas.advance(height);
    m_headerPage = m_canvas.pageNumber();
    m_topAfterHeader = m_canvas.y();
    ++m_headerCount;
}

void TableWriter::addRow(const QStringList &cells)
{
    const ReportStyle &style = m_canvas.style();
    std::vector<WrappedText> texts;
    texts.reserve(m_columns.size());
    for (qsizetype i = 0; i < m_columns.size(); ++i)
        texts.push_back(m_canvas.wrap(cells.value(i), style.tableCell, m_width.at(i) - 2 * m_padX,
                                      m_columns.at(i).alignment));
    std::vector<int> first(texts.size(), 0);

    auto restHeight = [&] {
        qreal height = 0;
        for (std::size_t i = 0; i < texts.size(); ++i)
            height = std::max(height, texts[i].heightOf(texts[i].lineCount() - first[i]));
        return height + 2 * m_padY;
    };

    for (;;) {
        const qreal need = restHeight();
        if (m_headerPage != m_canvas.pageNumber() || m_headerPage == 0) {
            // The header never stands alone at the foot of a page.
            m_canvas.ensureSpace(headerHeight() + std::min(need, m_canvas.body().height() / 4));
            drawHeader();
        }
        const bool freshPage = m_canvas.y() <= m_topAfterHeader + 0.5;
        if (need > m_canvas.remaining() && !freshPage) {
            m_canvas.newPage();
            continue;
        }

        const qreal top = m_canvas.y();
        const qreal available = m_canvas.remaining() - 2 * m_padY;
        qreal used = 0;
        bool done = true;
        QPainter *p = m_canvas.painter();
        if (p)
            p->setPen(style.ink);
        for (std::size_t i = 0; i < texts.size(); ++i) {
            const int left = texts[i].lineCount() - first[i];
            // A row taller than a whole page continues on the next one, line by line.
            const int count = need > m_canvas.remaining()
                                  ? std::min(left, std::max(1, texts[i].linesFitting(available)))
                                  : left;
            texts[i].draw(p, QPointF(m_x.at(qsizetype(i)) + m_padX, top + m_padY), first[i], count);
            used = std::max(used, texts[i].heightOf(count));
            first[i] += count;
            done = done && first[i] >= texts[i].lineCount();
        }
        const qreal height = used + 2 * m_padY;
        if (p) {
            p->setPen(QPen(style.lightRule, m_canvas.pt(0.5)));
            p->drawLine(QPointF(m_left, top + height), QPointF(m_right, top + height));
        }
        m_canvas.advance(height);
        if (done)
            return;
        m_canvas.newPage();
    }
}

} // namespace entente
