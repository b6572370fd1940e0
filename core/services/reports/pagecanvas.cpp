#include "pagecanvas.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace entente {

PageCanvas::PageCanvas(QPagedPaintDevice &device, QPainter *painter, const ReportStyle &style,
                       Frame frame, int totalPages)
    : m_device(device)
    , m_painter(painter)
    , m_style(style)
    , m_frame(std::move(frame))
    , m_totalPages(totalPages)
{
    m_unitsPerPoint = device.logicalDpiY() / 72.0;
    // The paint device's area is the page inside its margins (QPageLayout's paint rect).
    m_sheet = QRectF(0, 0, device.width(), device.height());
    const QFontMetricsF metrics(m_style.pageFrame, &device);
    const qreal band = metrics.height() + pt(9);
    m_body = m_sheet.adjusted(0, band + pt(6), 0, -(band + pt(4)));
    m_y = m_body.top();
}

const QPaintDevice *PageCanvas::device() const
{
    return &m_device;
}

void PageCanvas::newPage()
{
    if (m_pageNumber > 0 && m_painter)
        m_device.newPage();
    ++m_pageNumber;
    m_y = m_body.top();
    drawFrame();
}

bool PageCanvas::ensureSpace(qreal height)
{
    if (m_pageNumber == 0) {
        newPage();
        return true;
    }
    if (height <= remaining() || atPageTop())
        return false;
    newPage();
    return true;
}

WrappedText PageCanvas::wrap(const QString &text, const QFont &font, qreal width,
                             Qt::Alignment alignment) const
{
    return WrappedText(text, font, width, &m_device, m_style.lineSpacing, alignment);
}

void PageCanvas::paragraph(const QString &text, const QFont &font, const QColor &color,
                           qreal indent)
{
    flow(wrap(text, font, width() - indent), color, indent);
}

void PageCanvas::flow(const WrappedText &text, const QColor &color, qreal indent)
{
    int first = 0;
    while (first < text.lineCount()) {
        // Never leave a lone first line at the foot of a page when more follow.
        const int wanted = std::min(2, text.lineCount() - first);
        ensureSpace(text.heightOf(wanted));
        int fit = text.linesFitting(remaining());
        if (fit == 0)
            fit = 1; // a line taller than a page: draw it anyway rather than loop
        if (m_painter)
            m_painter->setPen(color);
        text.draw(m_painter, QPointF(left() + indent, m_y), first, fit);
        m_y += text.heightOf(fit);
        first += fit;
    }
}

void PageCanvas::rule(const QColor &color, qreal points, qreal indent)
{
    if (m_painter) {
        m_painter->setPen(QPen(color, pt(points)));
        m_painter->drawLine(QPointF(left() + indent, m_y), QPointF(m_body.right(), m_y));
    }
}

void PageCanvas::space(qreal points)
{
    if (m_pageNumber > 0 && !atPageTop())
        m_y = std::min(m_y + pt(points), m_body.bottom());
}

void PageCanvas::heading(const QString &text, qreal keep)
{
    space(14);
    const WrappedText wrapped = wrap(text, m_style.heading, width());
    ensureSpace(wrapped.height() + pt(6) + keep);
    if (m_painter)
        m_painter->setPen(m_style.accent);
    wrapped.draw(m_painter, QPointF(left(), m_y));
    m_y += wrapped.height() + pt(1.5);
    rule(m_style.rule, 0.6);
    m_y += pt(5);
}

void PageCanvas::labelValue(const QString &label, const QString &value, qreal labelWidth)
{
    const WrappedText valueText = wrap(value, m_style.value, width() - labelWidth);
    const WrappedText labelText = wrap(label, m_style.label, labelWidth - pt(8));
    ensureSpace(valueText.heightOf(std::min(2, std::max(1, valueText.lineCount()))));
    if (m_painter) {
        m_painter->setPen(m_style.muted);
        // The label's baseline near the value's first baseline, whatever their sizes.
        const qreal shift = (valueText.lineHeight() - labelText.lineHeight()) * 0.7;
        labelText.draw(m_painter, QPointF(left(), m_y + shift));
    }
    if (valueText.lineCount() == 0)
        m_y += labelText.height();
    flow(valueText, m_style.ink, labelWidth);
    m_y += pt(2.5);
}

void PageCanvas::drawFrame()
{
    if (!m_painter)
        return;
    QPainter &p = *m_painter;
    const QFontMetricsF metrics(m_style.pageFrame, &m_device);
    p.setFont(m_style.pageFrame);
    p.setPen(m_style.muted);

    const qreal headerBaseline = metrics.ascent();
    const QString right =
        metrics.elidedText(m_frame.headerRight, Qt::ElideMiddle, m_sheet.width() * 0.4);
    const qreal rightWidth = metrics.horizontalAdvance(right);
    const QString title =
        metrics.elidedText(m_frame.title, Qt::ElideRight, m_sheet.width() - rightWidth - pt(18));
    p.drawText(QPointF(m_sheet.left(), headerBaseline), title);
    p.drawText(QPointF(m_sheet.right() - rightWidth, headerBaseline), right);
    const qreal headerRule = metrics.height() + pt(4);
    p.setPen(QPen(m_style.rule, pt(0.5)));
    p.drawLine(QPointF(m_sheet.left(), headerRule), QPointF(m_sheet.right(), headerRule));

    const qreal footerRule = m_sheet.bottom() - metrics.height() - pt(5);
    p.drawLine(QPointF(m_sheet.left(), footerRule), QPointF(m_sheet.right(), footerRule));
    p.setPen(m_style.muted);
    const qreal footerBaseline = m_sheet.bottom() - metrics.descent();
    const QString pageText = tr("Page %1 of %2").arg(m_pageNumber).arg(m_totalPages);
    const qreal pageWidth = metrics.horizontalAdvance(pageText);
    p.drawText(QPointF(m_sheet.left(), footerBaseline),
               metrics.elidedText(m_frame.footerLeft, Qt::ElideRight,
                                  m_sheet.width() - pageWidth - pt(18)));
    p.drawText(QPointF(m_sheet.right() - pageWidth, footerBaseline), pageText);
}

} // namespace entente
