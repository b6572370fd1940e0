#pragma once

#include "reports/chartdata.h"
#include "reports/reportstyle.h"

#include <QRectF>

class QPaintDevice;
class QPainter;

namespace entente {

// Vertical bars, one per category, stacked by series: meetings per year by counterpart country.
// Drawn with a zero-based value axis and light grid lines, the total over each bar, category
// labels thinned out when they would collide, axis titles and a legend underneath.
class StackedBarChart
{
public:
    StackedBarChart(SeriesCounts data, const ReportStyle &style, const QPaintDevice *device);

    void setAxisTitles(const QString &categories, const QString &values);
    void draw(QPainter *painter, const QRectF &rect) const;

private:
    qreal pt(qreal points) const { return points * m_unitsPerPoint; }
    QColor colour(qsizetype series) const;
    qreal legendHeight(qreal width) const;
    void drawLegend(QPainter *painter, const QRectF &rect) const;

    SeriesCounts m_data;
    ReportStyle m_style;
    const QPaintDevice *m_device;
    qreal m_unitsPerPoint = 1;
    QString m_categoryTitle;
    QString m_valueTitle;
};

} // namespace entente
