#include "stackedbarchart.h"

#include "reports/axisscale.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace entente {

StackedBarChart::StackedBarChart(SeriesCounts data, const ReportStyle &style,
                                 const QPaintDevice *device)
    : m_data(std::move(data))
    , m_style(style)
    , m_device(device)
    , m_unitsPerPoint(device->logicalDpiY() / 72.0)
{}

void StackedBarChart::setAxisTitles(const QString &categories, const QString &values)
{
    m_categoryTitle = categories;
    m_valueTitle = values;
}

QColor StackedBarChart::colour(qsizetype series) const
{
    // The rest in neutral grey; callers keep the named series within the palette.
    if (m_data.lastIsOther && series == m_data.series.size() - 1)
        return m_style.otherSeries;
    return m_style.series.at(series % m_style.series.size());
}

qreal StackedBarChart::legendHeight(qreal width) const
{
    const QFontMetricsF metrics(m_style.chartText, m_device);
    const qreal swatch = pt(7);
    qreal x = 0;
    int rows = m_data.series.isEmpty() ? 0 : 1;
    for (const QString &name : m_data.series) {
        const qreal item = swatch + pt(3) + metrics.horizontalAdvance(name) + pt(12);
        if (x > 0 && x + item > width) {
            ++rows;
            x = 0;
        }
        x += item;
    }
    return rows * metrics.height() * 1.4;
}

void StackedBarChart::drawLegend(QPainter *p, const QRectF &rect) const
{
    const QFontMetricsF metrics(m_style.chartText, m_device);
    const qreal swatch = pt(7);
    const qreal rowHeight = metrics.height() * 1.4;
    qreal x = rect.left();
    qreal y = rect.top();
    p->setFont(m_style.chartText);
    for (qsizetype i = 0; i < m_data.series.size(); ++i) {
        const QString &name = m_data.series.at(i);
        const qreal item = swatch + pt(3) + metrics.horizontalAdvance(name) + pt(12);
        if (x > rect.left() && x + item > rect.right()) {
            x = rect.left();
            y += rowHeight;
        }
        const qreal middle = y + rowHeight / 2;
        p->fillRect(QRectF(x, middle - swatch / 2, swatch, swatch), colour(i));
        p->setPen(m_style.ink);
        p->drawText(QPointF(x + swatch + pt(3), middle + metrics.ascent() / 2 - pt(0.5)), name);
        x += item;
    }
}

void StackedBarChart::draw(QPainter *p, const QRectF &rect) const
{
    if (!p)
        return;
    p->save();
    p->setRenderHint(QPainter::Antialiasing, true);
    const QFontMetricsF metrics(m_style.chartText, m_device);
    p->setFont(m_style.chartText);

    int largest = 0;
    for (qsizetype c = 0; c < m_data.categories.size(); ++c)
        largest = std::max(largest, m_data.total(c));
    const AxisScale scale = AxisScale::forCounts(largest);

    qreal tickWidth = 0;
    for (int v = 0; v <= scale.maximum; v += scale.step)
        tickWidth = std::max(tickWidth, metrics.horizontalAdvance(QString::number(v)));
    const qreal lineHeight = metrics.height();
    QRectF area;
    area.setLeft(rect.left() + lineHeight + pt(4) + tickWidth + pt(4));
    area.setTop(rect.top() + lineHeight);
    area.setRight(rect.right() - pt(2));
    const qreal legend = legendHeight(area.width());
    area.setBottom(rect.bottom() - legend - pt(8) - 2 * lineHeight - pt(6));

    // Grid lines and value labels.
    for (int v = 0; v <= scale.maximum; v += scale.step) {
        const qreal y = area.bottom() - area.height() * v / scale.maximum;
        p->setPen(QPen(v == 0 ? m_style.muted : m_style.lightRule, pt(v == 0 ? 0.7 : 0.5)));
        p->drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
        const QString label = QString::number(v);
        p->setPen(m_style.muted);
        p->drawText(QPointF(area.left() - pt(4) - metrics.horizontalAdvance(label),
                            y + metrics.ascent() / 2 - pt(0.5)),
                    label);
    }
    p->setPen(QPen(m_style.muted, pt(0.7)));
    p->drawLine(area.topLeft(), area.bottomLeft());

    // The value axis title, turned to read upwards.
    p->save();
    p->translate(rect.left() + metrics.ascent(), area.center().y());
    p->rotate(-90);
    p->setPen(m_style.muted);
    p->drawText(QPointF(-metrics.horizontalAdvance(m_valueTitle) / 2, 0), m_valueTitle);
    p->restore();

    const qsizetype count = m_data.categories.size();
    if (count > 0) {
        const qreal slot = area.width() / count;
        const qreal barWidth = std::min(slot * 0.68, pt(28));
        qreal widestLabel = 0;
        for (const QString &c : m_data.categories)
            widestLabel = std::max(widestLabel, metrics.horizontalAdvance(c));
        // Every label, or every second, fifth… so that none collide.
        const int every = std::max(1, int(std::ceil((widestLabel + pt(4)) / slot)));
        const qreal totalWidth = metrics.horizontalAdvance(QString::number(largest));
        for (qsizetype c = 0; c < count; ++c) {
            const qreal centre = area.left() + slot * (c + 0.5);
            qreal base = area.bottom();
            for (qsizetype s = 0; s < m_data.series.size(); ++s) {
                const int value = m_data.values.at(s).value(c);
                if (value <= 0)
                    continue;
                const qreal height = area.height() * value / scale.maximum;
                p->fillRect(QRectF(centre - barWidth / 2, base - height, barWidth, height),
                            colour(s));
                // A hairline between stacked segments keeps neighbours apart in greyscale.
                p->setPen(QPen(Qt::white, pt(0.4)));
                p->drawLine(QPointF(centre - barWidth / 2, base - height),
                            QPointF(centre + barWidth / 2, base - height));
                base -= height;
            }
            const int total = m_data.total(c);
            if (total > 0 && totalWidth + pt(2) <= slot) {
                const QString label = QString::number(total);
                p->setPen(m_style.ink);
                p->drawText(QPointF(centre - metrics.horizontalAdvance(label) / 2,
                                    base - pt(2) - metrics.descent()),
                            label);
            }
            if (c % every == 0) {
                const QString &label = m_data.categories.at(c);
                p->setPen(m_style.muted);
                p->drawLine(QPointF(centre, area.bottom()), QPointF(centre, area.bottom() + pt(2)));
                p->setPen(m_style.ink);
                p->drawText(QPointF(centre - metrics.horizontalAdvance(label) / 2,
                                    area.bottom() + pt(3) + metrics.ascent()),
                            label);
            }
        }
    }

    p->setPen(m_style.muted);
    p->drawText(QPointF(area.center().x() - metrics.horizontalAdvance(m_categoryTitle) / 2,
                        area.bottom() + pt(5) + lineHeight + metrics.ascent()),
                m_categoryTitle);
    drawLegend(p, QRectF(area.left(), rect.bottom() - legend, area.width(), legend));
    p->restore();
}

} // namespace entente
