#pragma once

#include "domain/error.h"
#include "domain/reportrow.h"
#include "labels/displaylabels.h"
#include "reports/meetingselection.h"
#include "reports/reportoptions.h"

#include <QCoreApplication>
#include <QList>

#include <functional>

class QPagedPaintDevice;
class QPainter;

namespace entente {

class Catalogue;
class PageCanvas;

// Makes a report: reads the selected meetings from the catalogue a batch or one meeting at a
// time, lays the pages out in the program and draws them with QPainter, to a PDF file or to any
// paged device (a printer, a print preview). Pages are laid out twice, first only to count them,
// so that every footer can say "page N of M". Runs on any thread that has a QGuiApplication
// somewhere: it reads through that thread's own connection to the catalogue.
class ReportRenderer
{
    Q_DECLARE_TR_FUNCTIONS(ReportRenderer)

public:
    // Called as the work advances; returning false cancels it.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    ReportRenderer(const Catalogue &catalogue, ReportOptions options, MeetingSelection selection);

    void setProgress(Progress progress) { m_progress = std::move(progress); }

    // Writes the PDF atomically: `path` is replaced only by a complete report, and left alone on
    // failure or cancellation. An unwritable path is an Output error.
    Status writePdf(const QString &path);
    // Draws the report on `device` in the device's page layout (for printing and preview: the
    // caller sets options.page.pageLayout() on it, and the print dialog may change it).
    Status paint(QPagedPaintDevice &device);

    bool wasCancelled() const { return m_cancelled; }
    int pageCount() const { return m_pageCount; }
    // The meetings the report lists or gives dossiers of, after sub-events of listed meetings
    // went into their meeting's dossier.
    qint64 meetingCount() const { return m_ids.size(); }
    // How many pages the meetings table's header row was drawn on, in the last run.
    int tableHeaderCount() const { return m_tableHeaders; }

private:
    Status prepare();
    Status render(QPagedPaintDevice &device, const std::function<Status(QPainter *)> &begin);
    Status layOut(PageCanvas &canvas);
    Status searchReport(PageCanvas &canvas);
    Status dossiers(PageCanvas &canvas);
    bool step();

    const Catalogue &m_catalogue;
    ReportOptions m_options;
    MeetingSelection m_selection;
    Progress m_progress;

    bool m_prepared = false;
    DisplayLabels m_labels;
    QList<qint64> m_ids;
    ReportFigures m_figures;
    qint64 m_done = 0;
    qint64 m_total = 0;
    bool m_cancelled = false;
    int m_pageCount = 0;
    int m_tableHeaders = 0;
};

} // namespace entente
