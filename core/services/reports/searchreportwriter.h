#pragma once

#include "domain/reportrow.h"
#include "labels/displaylabels.h"
#include "reports/chartdata.h"
#include "reports/reportoptions.h"
#include "reports/tablewriter.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRectF>

#include <functional>
#include <memory>

class QPainter;

namespace entente {

class PageCanvas;
struct MeetingSelection;

// The parts of a search report in the order they are written: the title page, the summary with
// its figures and two charts, and the table of meetings, fed one row at a time.
class SearchReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(SearchReportWriter)

public:
    SearchReportWriter(PageCanvas &canvas, const ReportOptions &options,
                       const DisplayLabels &labels);
    ~SearchReportWriter();

    void titlePage(const MeetingSelection &selection, qint64 meetings);
    void summary(const ReportFigures &figures);
    void beginTable(qint64 meetings);
    void addRow(const ReportRow &row);
    // How many pages the table's header was drawn on.
    int tableHeaderCount() const;

    // The country taking part in most of the meetings, when it takes part in at least half of
    // them: the others are its counterparts. Empty when there is none.
    static QString homeCountry(const ReportFigures &figures);
    static SeriesCounts countryChart(const ReportFigures &figures, const DisplayLabels &labels,
                                     int maxSeries);
    static LabelledCounts topicChart(const ReportFigures &figures, int maxTopics);

private:
    // A chart under its heading and note, or a sentence saying why there is none.
    struct ChartBlock
    {
        QString heading;
        QString note;
        QString empty; // non-empty: nothing to chart, say this instead
        qreal height = 0;
        std::function<void(QPainter *, const QRectF &)> draw;
    };

    void figureBoxes(const QList<std::pair<qint64, QString>> &figures);
    // Lays out (and with `draw`, draws) a chart block at the current height in a column from `x`;
    // returns its height.
    qreal chartColumn(const ChartBlock &block, qreal x, qreal width, bool draw);
    QString compactSpan(const PartialDate &start, const PartialDate &end) const;

    PageCanvas &m_canvas;
    const ReportOptions &m_options;
    const DisplayLabels &m_labels;
    QLocale m_locale;
    std::unique_ptr<TableWriter> m_table;
};

} // namespace entente
