#pragma once

#include "reports/chartdata.h"
#include "reports/reportstyle.h"

#include <QRectF>

class QPaintDevice;
class QPainter;

namespace entente {

// Horizontal bars with their labels on the left and their values at the ends: the most frequent
// topics. Labels wrap to two lines and are shortened with an ellipsis beyond that.
class HorizontalBarChart
{
public:
    HorizontalBarChart(LabelledCounts data, const ReportStyle &style, const QPaintDevice *device);

    void setValueTitle(const QString &title) { m_valueTitle = title; }
    // The height the chart needs for its bars at a comfortable spacing.
    qreal preferredHeight() const;
    void draw(QPainter *painter, const QRectF &rect) const;

private:
    qreal pt(qreal points) const { return points * m_unitsPerPoint; }

    LabelledCounts m_data;
    ReportStyle m_style;
    const QPaintDevice *m_device;
    qreal m_unitsPerPoint = 1;
    QString m_valueTitle;
};

} // namespace entente
