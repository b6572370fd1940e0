#include "horizontalbarchart.h"

#include "reports/axisscale.h"
#include "reports/wrappedtext.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>

#include <algorithm>

namespace entente {

namespace {
constexpr int maxLabelLines = 2;
}

HorizontalBarChart::HorizontalBarChart(LabelledCounts data, const ReportStyle &style,
                                       const QPaintDevice *device)
    : m_data(std::move(data))
    , m_style(style)
    , m_device(device)
    , m_unitsPerPoint(device->logicalDpiY() / 72.0)
{}

qreal HorizontalBarChart::preferredHeight() const
{
    const QFontMetricsF metrics(m_style.chartText, m_device);
    const qreal row = metrics.height() * m_style.lineSpacing * maxLabelLines + pt(3);
    return m_data.labels.size() * row + 3 * metrics.height() + pt(8);
}

void HorizontalBarChart::draw(QPainter *p, const QRectF &rect) const
{
    if (!p || m_data.isEmpty())
        return;
    p->save();
    p->setRenderHint(QPainter::Antialiasing, true);
    const QFontMetricsF metrics(m_style.chartText, m_device);
    p->setFont(m_style.chartText);

    const int largest = *std::max_element(m_data.values.cbegin(), m_data.values.cend());
    const AxisScale scale = AxisScale::forCounts(largest);

    qreal widest = 0;
    for (const QString &label : m_data.labels)
        widest = std::max(widest, metrics.horizontalAdvance(label));
    const qreal labelWidth = std::min(widest, rect.width() * 0.38);
    const qreal valueWidth = metrics.horizontalAdvance(QString::number(largest)) + pt(4);
    QRectF area(rect.left() + labelWidth + pt(8), rect.top(), 0, 0);
    area.setRight(rect.right() - valueWidth);
    area.setBottom(rect.bottom() - 2 * metrics.height() - pt(6));

    for (int v = 0; v <= scale.maximum; v += scale.step) {
        const qreal x = area.left() + area.width() * v / scale.maximum;
        p->setPen(QPen(v == 0 ? m_style.muted : m_style.lightRule, pt(v == 0 ? 0.7 : 0.5)));
        p->drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()));
        const QString label = QString::number(v);
        p->setPen(m_style.muted);
        p->drawText(QPointF(x - metrics.horizontalAdvance(label) / 2,
                            area.bottom() + pt(3) + metrics.ascent()),
                    label);
    }
    p->drawText(QPointF(area.center().x() - metrics.horizontalAdvance(m_valueTitle) / 2,
                        area.bottom() + pt(5) + metrics.height() + metrics.ascent()),
                m_valueTitle);

    const qsizetype count = m_data.labels.size();
    const qreal row = area.height() / count;
    const qreal bar = std::min(row * 0.62, pt(11));
    for (qsizetype i = 0; i < count; ++i) {
        const qreal middle = area.top() + row * (i + 0.5);
        const int value = m_data.values.at(i);
        const qreal length = area.width() * value / scale.maximum;
        p->fillRect(QRectF(area.left(), middle - bar / 2, length, bar), m_style.series.first());
        const QString number = QString::number(value);
        p->setPen(m_style.ink);
        p->drawText(QPointF(area.left() + length + pt(3), middle + metrics.ascent() / 2 - pt(0.5)),
                    number);

        // Two lines at most; a longer label keeps its start and ends in an ellipsis.
        QString label = m_data.labels.at(i);
        WrappedText text(label, m_style.chartText, labelWidth, m_device, m_style.lineSpacing,
                         Qt::AlignRight);
        if (text.lineCount() > maxLabelLines) {
            label = metrics.elidedText(label, Qt::ElideRight, labelWidth * maxLabelLines * 0.92);
            text = WrappedText(label, m_style.chartText, labelWidth, m_device, m_style.lineSpacing,
                               Qt::AlignRight);
        }
        const int lines = std::min(text.lineCount(), maxLabelLines);
        text.draw(p, QPointF(rect.left(), middle - text.heightOf(lines) / 2), 0, lines);
    }
    p->restore();
}

} // namespace entente
