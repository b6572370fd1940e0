#include "reportrenderer.h"

#include "domain/logging.h"
#include "io/writefailure.h"
#include "reports/dossierwriter.h"
#include "reports/pagecanvas.h"
#include "reports/reportfonts.h"
#include "reports/searchreportwriter.h"
#include "storage/catalogue.h"
#include "storage/meetingrepository.h"
#include "storage/reportquery.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSet>

using namespace Qt::StringLiterals;

namespace entente {

namespace {

Error cancelled()
{
    return {Error::Kind::Output, ReportRenderer::tr("The report was cancelled."), {}};
}

} // namespace

ReportRenderer::ReportRenderer(const Catalogue &catalogue, ReportOptions options,
                               MeetingSelection selection)
    : m_catalogue(catalogue)
    , m_options(std::move(options))
    , m_selection(std::move(selection))
{
    if (m_options.catalogueName.isEmpty())
        m_options.catalogueName = QDir::toNativeSeparators(catalogue.path());
    if (!m_options.madeAt.isValid())
        m_options.madeAt = QDateTime::currentDateTime();
}

Status ReportRenderer::prepare()
{
    if (m_prepared)
        return {};
    ReportFonts::ensureLoaded();
    auto labels = DisplayLabels::load(m_catalogue, m_options.locale);
    if (!labels)
        return labels.error();
    m_labels = std::move(labels).value();

    const ReportQuery query(m_catalogue);
    if (m_options.kind == ReportOptions::Kind::Search) {
        // A sub-event whose meeting is in the report is told in that meeting's dossier, not
        // listed or counted again.
        const QSet<qint64> selected(m_selection.ids.cbegin(), m_selection.ids.cend());
        for (qsizetype i = 0; i < m_selection.ids.size(); i += ReportQuery::batchSize) {
            const QList<qint64> batch = m_selection.ids.mid(i, ReportQuery::batchSize);
            auto parents = query.parents(batch);
            if (!parents)
                return parents.error();
            for (const qint64 id : batch) {
                const qint64 parent = parents->value(id);
                if (parent == 0 || !selected.contains(parent))
                    m_ids.append(id);
            }
        }
        for (qsizetype i = 0; i < m_ids.size(); i += ReportQuery::batchSize) {
            if (Status s = query.addFigures(m_ids.mid(i, ReportQuery::batchSize), m_figures); !s)
                return s;
        }
    } else {
        m_ids = m_selection.ids;
    }
    m_prepared = true;
    return {};
}

bool ReportRenderer::step()
{
    ++m_done;
    if (m_progress && !m_progress(m_done, m_total))
        m_cancelled = true;
    return !m_cancelled;
}

Status ReportRenderer::writePdf(const QString &path)
{
    if (Status s = m_catalogue.checkOutputPath(path); !s)
        return s;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error{Error::Kind::Output,
                     tr("Cannot write the report to %1: %2")
                         .arg(QDir::toNativeSeparators(path),
                              WriteFailure::reason(path, file.errorString())),
                     file.errorString()};
    }
    QPdfWriter writer(&file);
    writer.setTitle(m_options.effectiveTitle());
    const QString version = QCoreApplication::applicationVersion();
    writer.setCreator(version.isEmpty() ? u"Entente"_s : u"Entente "_s + version);
    // 600 dpi: finer than any printer needs, and coordinates stay exact.
    writer.setResolution(600);
    writer.setPageLayout(m_options.page.pageLayout());
    const Status status = render(writer, [&](QPainter *painter) -> Status {
        if (!painter->begin(&writer))
            return Error{Error::Kind::Output,
                         tr("Cannot write the report to %1").arg(QDir::toNativeSeparators(path)),
                         u"QPainter::begin failed on QPdfWriter"_s};
        return {};
    });
    if (!status) {
        file.cancelWriting();
        return status;
    }
    if (!file.commit()) {
        return Error{Error::Kind::Output,
                     tr("Cannot write the report to %1: %2")
                         .arg(QDir::toNativeSeparators(path),
                              WriteFailure::reason(path, file.errorString())),
                     file.errorString()};
    }
    return {};
}

Status ReportRenderer::paint(QPagedPaintDevice &device)
{
    return render(device, [&](QPainter *painter) -> Status {
        if (!painter->begin(&device))
            return Error{Error::Kind::Output, tr("Cannot print the report."),
                         u"QPainter::begin failed"_s};
        return {};
    });
}

Status ReportRenderer::render(QPagedPaintDevice &device,
                              const std::function<Status(QPainter *)> &begin)
{
    QElapsedTimer timer;
    timer.start();
    m_cancelled = false;
    if (Status s = prepare(); !s)
        return s;
    const ReportStyle style = ReportStyle::standard();
    const qint64 perPass =
        m_options.kind == ReportOptions::Kind::Search && m_options.includeDossiers
            ? 2 * m_ids.size()
            : m_ids.size();
    m_total = 2 * perPass;
    m_done = 0;

    const PageCanvas::Frame frame{
        m_options.effectiveTitle(), QFileInfo(m_options.catalogueName).fileName(),
        tr("Made with Entente on %1")
            .arg(PartialDate::fromDate(m_options.madeAt.date()).toDisplayString(m_options.locale))};
    // The counting pass: the same layout without a painter.
    {
        PageCanvas counting(device, nullptr, style, frame, 0);
        if (Status s = layOut(counting); !s)
            return s;
        m_pageCount = counting.pageNumber();
    }
    QPainter painter;
    if (Status s = begin(&painter); !s)
        return s;
    PageCanvas drawing(device, &painter, style, frame, m_pageCount);
    const Status s = layOut(drawing);
    painter.end();
    if (!s)
        return s;
    if (drawing.pageNumber() != m_pageCount)
        qCWarning(lcIo) << "report pages differ between passes:" << m_pageCount
                        << drawing.pageNumber();
    qCDebug(lcIo) << "report of" << m_ids.size() << "meetings," << m_pageCount << "pages in"
                  << timer.elapsed() << "ms";
    return {};
}

Status ReportRenderer::layOut(PageCanvas &canvas)
{
    const Status s =
        m_options.kind == ReportOptions::Kind::Search ? searchReport(canvas) : dossiers(canvas);
    if (!s)
        return s;
    if (canvas.pageNumber() == 0)
        canvas.newPage(); // never a PDF without pages
    return {};
}

Status ReportRenderer::searchReport(PageCanvas &canvas)
{
    SearchReportWriter writer(canvas, m_options, m_labels);
    writer.titlePage(m_selection, m_ids.size());
    writer.summary(m_figures);
    writer.beginTable(m_ids.size());
    const ReportQuery query(m_catalogue);
    for (qsizetype i = 0; i < m_ids.size(); i += ReportQuery::batchSize) {
        auto rows = query.rows(m_ids.mid(i, ReportQuery::batchSize));
        if (!rows)
            return rows.error();
        for (const ReportRow &row : std::as_const(*rows)) {
            writer.addRow(row);
            if (!step())
                return cancelled();
        }
    }
    m_tableHeaders = writer.tableHeaderCount();
    if (m_options.includeDossiers)
        return dossiers(canvas);
    return {};
}

Status ReportRenderer::dossiers(PageCanvas &canvas)
{
    const MeetingRepository meetings(m_catalogue);
    DossierWriter writer(canvas, m_labels, m_options.locale);
    for (const qint64 id : std::as_const(m_ids)) {
        auto meeting = meetings.get(id);
        if (!meeting)
            return meeting.error();
        QList<Meeting> subEvents;
        for (const SubEventRef &ref : std::as_const(meeting->subEvents)) {
            auto sub = meetings.get(ref.id);
            if (!sub)
                return sub.error();
            subEvents.append(std::move(sub).value());
        }
        QString parentTitle;
        if (meeting->parentId) {
            auto parent = meetings.get(meeting->parentId);
            if (!parent)
                return parent.error();
            parentTitle = parent->title;
        }
        writer.write(*meeting, subEvents, parentTitle);
        if (!step())
            return cancelled();
    }
    return {};
}

} // namespace entente
