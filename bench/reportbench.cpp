// entente-reportbench: how long reports and exports take for 100, 1,000 and 10,000 meetings,
// on synthetic catalogues made by the generator. Prints one line per figure; the cost per
// meeting shows whether it grows linearly. Targets: a 10,000-meeting search report under 5 s,
// a 100-meeting one under 0.5 s.

#include "generator/bulkwritersink.h"
#include "generator/cataloguegenerator.h"
#include "io/meetingexporter.h"
#include "reports/meetingselection.h"
#include "reports/reportfonts.h"
#include "reports/reportrenderer.h"
#include "storage/catalogue.h"
#include "storage/countryrepository.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace entente;

namespace {

QTextStream out(stdout);

std::unique_ptr<Catalogue> makeCatalogue(const QString &path, qint64 meetings)
{
    Catalogue::Options options;
    options.createIfMissing = true;
    auto catalogue = Catalogue::open(path, options);
    if (!catalogue) {
        qWarning().noquote() << catalogue.error().message;
        return {};
    }
    const auto countries = CountryRepository(**catalogue).all();
    BulkWriterSink sink(**catalogue, {});
    const auto made = CatalogueGenerator::run(*countries, sink, {meetings, 1});
    if (!made) {
        qWarning().noquote() << made.error().message << made.error().detail;
        return {};
    }
    return std::move(catalogue).value();
}

// The best of `runs` timings, in milliseconds: the figure least disturbed by the machine.
double best(int runs, const std::function<bool()> &work)
{
    double fastest = -1;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!work())
            return -1;
        const double ms = timer.nsecsElapsed() / 1e6;
        fastest = fastest < 0 ? ms : std::min(fastest, ms);
    }
    return fastest;
}

void line(const QString &what, qint64 meetings, double ms, const QString &note = {})
{
    out << what.leftJustified(34) << QString::number(meetings).rightJustified(7)
        << QString::number(ms, 'f', 0).rightJustified(9) << " ms"
        << QString::number(ms * 1000 / std::max<qint64>(meetings, 1), 'f', 0).rightJustified(9)
        << " µs/meeting  " << note << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    ReportFonts::ensureLoaded();
    QTemporaryDir dir;
    const QLocale locale(QLocale::English, QLocale::UnitedKingdom);
    const int runs = 3;
    out << "figure                            meetings     time      per meeting" << Qt::endl;

    for (const qint64 count : {100, 1000, 10000}) {
        const QString path = dir.filePath(u"bench-%1.entente"_s.arg(count));
        auto catalogue = makeCatalogue(path, count);
        if (!catalogue)
            return 1;
        const auto selection = MeetingSelection::fromQuery(*catalogue, QString(), locale);
        if (!selection)
            return 1;
        const qint64 meetings = selection->ids.size();
        const QString pdf = dir.filePath(u"report.pdf"_s);

        ReportOptions options;
        options.locale = locale;
        int pages = 0;
        const double report = best(runs, [&] {
            ReportRenderer renderer(*catalogue, options, *selection);
            pages = renderer.pageCount();
            const bool ok = renderer.writePdf(pdf).ok();
            pages = renderer.pageCount();
            return ok;
        });
        line(u"search report (table)"_s, meetings, report,
             u"%1 pages, %2 KiB"_s.arg(pages).arg(QFileInfo(pdf).size() / 1024));

        // Dossiers read every meeting whole: measured on the first hundred.
        ReportOptions dossiers = options;
        dossiers.kind = ReportOptions::Kind::Dossiers;
        const MeetingSelection hundred =
            MeetingSelection::fromIds(selection->ids.mid(0, 100), QString());
        const double dossierMs = best(runs, [&] {
            ReportRenderer renderer(*catalogue, dossiers, hundred);
            const bool ok = renderer.writePdf(pdf).ok();
            pages = renderer.pageCount();
            return ok;
        });
        line(u"dossiers"_s, hundred.ids.size(), dossierMs, u"%1 pages"_s.arg(pages));

        for (const auto format : {MeetingExporter::Format::Csv, MeetingExporter::Format::Json}) {
            const bool csv = format == MeetingExporter::Format::Csv;
            const QString file = dir.filePath(csv ? u"export.csv"_s : u"export.json"_s);
            const double ms = best(runs, [&] {
                MeetingExporter exporter(*catalogue, {format, {}});
                return exporter.write(*selection, file).ok();
            });
            line(csv ? u"export CSV"_s : u"export JSON"_s, meetings, ms,
                 u"%1 KiB"_s.arg(QFileInfo(file).size() / 1024));
        }
        catalogue.reset();
    }
    return 0;
}
