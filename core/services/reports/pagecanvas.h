#pragma once

#include "reports/reportstyle.h"
#include "reports/wrappedtext.h"

#include <QCoreApplication>
#include <QRectF>
#include <QString>

class QPagedPaintDevice;
class QPainter;

namespace entente {

// The layout engine's page: where the next block goes, when to start a new page, and the running
// header and footer on every page. Reports are laid out twice with the same canvas settings:
// first without a painter, to count the pages, then with one, to draw them with "page N of M".
// Everything is in the device's units; pt() converts from typographic points.
class PageCanvas
{
    Q_DECLARE_TR_FUNCTIONS(PageCanvas)

public:
    // The running header and footer.
    struct Frame
    {
        QString title;       // header, left: the report's title
        QString headerRight; // header, right: the catalogue
        QString footerLeft;  // footer, left: when and by what it was made
    };

    // `painter` is null for the counting pass; `totalPages` is 0 then.
    PageCanvas(QPagedPaintDevice &device, QPainter *painter, const ReportStyle &style, Frame frame,
               int totalPages);

    const ReportStyle &style() const { return m_style; }
    QPainter *painter() const { return m_painter; }
    const QPaintDevice *device() const;
    bool isMeasuring() const { return m_painter == nullptr; }

    qreal pt(qreal points) const { return points * m_unitsPerPoint; }
    QRectF body() const { return m_body; }
    qreal left() const { return m_body.left(); }
    qreal width() const { return m_body.width(); }
    qreal y() const { return m_y; }
    void setY(qreal y) { m_y = y; }
    void advance(qreal height) { m_y += height; }
    qreal remaining() const { return m_body.bottom() - m_y; }
    bool atPageTop() const { return m_y <= m_body.top() + 0.5; }
    int pageNumber() const { return m_pageNumber; }

    // Starts the first page, or a new one after the current one.
    void newPage();
    // Starts a new page unless `height` fits below the current position (or the page is still
    // empty, where breaking would gain nothing). True when it broke.
    bool ensureSpace(qreal height);

    WrappedText wrap(const QString &text, const QFont &font, qreal width,
                     Qt::Alignment alignment = Qt::AlignLeft) const;
    // Running text from the body's left edge plus `indent`, breaking across pages between lines.
    void paragraph(const QString &text, const QFont &font, const QColor &color, qreal indent = 0);
    // Draws `text` (already wrapped) at the current position and moves below it, continuing on
    // new pages as needed.
    void flow(const WrappedText &text, const QColor &color, qreal indent = 0);
    // A horizontal rule across the body at the current position.
    void rule(const QColor &color, qreal points, qreal indent = 0);
    // Vertical space, dropped at the top of a page.
    void space(qreal points);
    // A section heading, kept with at least `keep` of what follows on its page.
    void heading(const QString &text, qreal keep);
    // A label in a left column `labelWidth` wide and its value, wrapped, to the right of it.
    void labelValue(const QString &label, const QString &value, qreal labelWidth);

private:
    void drawFrame();

    QPagedPaintDevice &m_device;
    QPainter *m_painter;
    ReportStyle m_style;
    Frame m_frame;
    int m_totalPages;
    qreal m_unitsPerPoint = 1;
    QRectF m_sheet;
    QRectF m_body;
    qreal m_y = 0;
    int m_pageNumber = 0;
};

} // namespace entente
