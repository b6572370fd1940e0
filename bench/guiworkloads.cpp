#include "labels/displaylabels.h"
#include "meetingspanel.h"
#include "models/meetingtablemodel.h"
#include "models/roles.h"
#include "rawdb.h"
#include "sqltrace.h"
#include "storage/catalogue.h"
#include "storage/catalogueconnection.h"
#include "storage/meetingtablequery.h"
#include "workloads.h"

#include <QApplication>
#include <QHeaderView>
#include <QProcess>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace entente::bench {

namespace {

// The meetings panel of the window, on a catalogue opened as the window opens it.
struct Table
{
    std::unique_ptr<Catalogue> catalogue;
    std::unique_ptr<MeetingTableModel> model;
    std::unique_ptr<MeetingsPanel> panel;

    bool open(const QString &path, QSize size)
    {
        auto opened = Catalogue::open(path);
        if (!opened) {
            qWarning().noquote() << opened.error().message;
            return false;
        }
        catalogue = std::move(opened).value();
        model =
            std::make_unique<MeetingTableModel>(std::make_unique<MeetingTableQuery>(*catalogue));
        model->setCountryNames(DisplayLabels::load(*catalogue, QLocale())->countries);
        panel = std::make_unique<MeetingsPanel>();
        panel->setModel(model.get());
        panel->resize(size);
        panel->show();
        QCoreApplication::processEvents();
        return true;
    }
    ~Table()
    {
        panel.reset();
        model.reset();
    }
};

} // namespace

QList<Measurement> startup(const Context &context)
{
    // The real program, from exec to the first painted screen of the meetings table, on a
    // catalogue already in the file cache (a first run, not counted, puts it there).
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"ENTENTE_BENCH_FIRST_PAINT"_s, u"1"_s);
    env.insert(u"HOME"_s, home.path());
    env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    QList<double> times;
    QList<double> inside;
    double peak = 0;
    for (int run = 0; run <= context.repeat; ++run) {
        QProcess process;
        process.setProcessEnvironment(env);
        QElapsedTimer timer;
        timer.start();
        process.start(QStringLiteral(ENTENTE_BINARY), {u"--catalogue"_s, context.catalogue});
        QString line;
        while (!line.startsWith(u"first-paint") && process.waitForReadyRead(30000))
            line = QString::fromUtf8(process.readLine()).trimmed();
        const double elapsed = double(timer.nsecsElapsed()) / 1e6;
        process.waitForFinished(30000);
        const QStringList parts = line.split(u' ');
        if (parts.size() != 3) {
            qWarning() << "no first paint:" << process.readAllStandardError();
            return {};
        }
        if (run == 0)
            continue;
        times.append(elapsed);
        inside.append(parts.at(1).toDouble());
        peak = std::max(peak, parts.at(2).toDouble() / 1024.0);
    }

    // The floor: opening the file and the statements the table runs for its first screen.
    QStringList statements;
    {
        auto opened = Catalogue::open(context.catalogue);
        if (!opened)
            return {};
        SqlTrace trace(CatalogueConnection::of(*(*opened)));
        MeetingTableModel model(std::make_unique<MeetingTableQuery>(**opened));
        model.sort(MeetingColumn::Date, Qt::DescendingOrder);
        for (int row = 0; row < 40 && row < model.rowCount(); ++row)
            model.index(row, MeetingColumn::Title).data();
        statements = trace.statements();
    }
    QList<double> raw;
    for (int run = 0; run < context.repeat; ++run) {
        raw.append(timeMs([&] {
            RawDb db(context.catalogue);
            db.scalar(u"SELECT count(*) FROM sqlite_schema"_s);
            replayMs(db, statements);
        }));
    }
    Measurement m{u"open + first screen (process start)"_s, median(times), median(raw), peak,
                  u"in-process %1 ms"_s.arg(median(inside), 0, 'f', 0)};
    return {m};
}

QList<Measurement> scroll(const Context &context)
{
    // A window of the usual size; each turn of the event loop reads the next rows (every cell, as
    // the view would as they scroll past) and shows the screen they end.
    Table table;
    if (!table.open(context.catalogue, {1280, 800}))
        return {};
    QTableView *view = table.panel->view();
    SqlTrace trace(CatalogueConnection::of(*table.catalogue));
    view->verticalScrollBar()->setValue(0);

    // A 10 ms timer on the UI thread: the longest gap between its ticks is the longest freeze.
    QElapsedTimer clock;
    clock.start();
    qint64 lastTick = 0;
    qint64 longest = 0;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    // ENTENTE_BENCH_VERBOSE=1 lists every pause over 30 ms with where the table was.
    static const bool verbose = qEnvironmentVariableIsSet("ENTENTE_BENCH_VERBOSE");
    QScrollBar *watched = view->verticalScrollBar();
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        longest = std::max(longest, now - lastTick);
        if (verbose && now - lastTick > 30'000'000)
            qInfo() << "pause" << (now - lastTick) / 1'000'000 << "ms at row" << watched->value()
                    << "after" << now / 1'000'000 << "ms";
        lastTick = now;
    });

    QTimer stepper;
    QEventLoop loop;
    int nextRow = 0;
    const int rows = table.model->rowCount();
    QObject::connect(&stepper, &QTimer::timeout, [&] {
        if (nextRow >= rows) {
            loop.quit();
            return;
        }
        // About two screens per turn: what a fast wheel or a held Page Down key does.
        const int end = std::min(rows, nextRow + 64);
        for (; nextRow < end; ++nextRow) {
            for (int column = 0; column < MeetingColumn::Count; ++column)
                table.model->index(nextRow, column).data();
        }
        view->scrollTo(table.model->index(end - 1, 0), QAbstractItemView::PositionAtBottom);
    });
    const double total = timeMs([&] {
        lastTick = clock.nsecsElapsed();
        ticker.start(10);
        stepper.start(0);
        loop.exec();
        ticker.stop();
        stepper.stop();
    });
    const int last = table.model->rowCount() - 1;
    const bool filled = table.model->index(last, MeetingColumn::Title).data().isValid();
    const qsizetype readHere = trace.statements().size();
    // The floor: every page of the same order read once, keyset after keyset, through the C API
    // (most of the table's own reads ran on its loader thread, which the trace does not see).
    QStringList statements;
    {
        SqlTrace all(CatalogueConnection::of(*table.catalogue));
        MeetingTableQuery pages(*table.catalogue);
        pages.setSort(MeetingSort::Date, Qt::DescendingOrder);
        std::optional<SortKey> after;
        for (;;) {
            const QList<MeetingRow> rows = pages.rowsAfter(after, MeetingTableModel::pageSize);
            if (rows.isEmpty())
                break;
            after = rows.constLast().key;
        }
        statements = all.statements();
    }
    RawDb db(context.catalogue);
    const double raw = replayMs(db, statements);
    Measurement m{u"scroll first to last row"_s, total, raw, peakRssMb(),
                  u"%1 rows, %2 page reads on the UI thread, longest pause %3 ms%4"_s
                      .arg(table.model->rowCount())
                      .arg(readHere)
                      .arg(double(longest) / 1e6, 0, 'f', 1)
                      .arg(filled ? QString() : u" (last row not loaded!)"_s)};
    return {m};
}

QList<Measurement> sorting(const Context &context)
{
    Table table;
    if (!table.open(context.catalogue, {1280, 800}))
        return {};
    QTableView *view = table.panel->view();
    struct Order
    {
        QString name;
        int column;
    };
    const QList<Order> orders = {{u"title"_s, MeetingColumn::Title},
                                 {u"place"_s, MeetingColumn::Place},
                                 {u"date"_s, MeetingColumn::Date}};
    QList<QList<double>> ours(orders.size());
    QList<QList<double>> raw(orders.size());
    RawDb db(context.catalogue);
    for (int run = 0; run < context.repeat; ++run) {
        const Qt::SortOrder order = run % 2 ? Qt::DescendingOrder : Qt::AscendingOrder;
        for (qsizetype i = 0; i < orders.size(); ++i) {
            SqlTrace trace(CatalogueConnection::of(*table.catalogue));
            // Sorting and painting the first screen, as a click on the header does.
            ours[i].append(timeMs([&] {
                view->sortByColumn(orders.at(i).column, order);
                view->viewport()->repaint();
            }));
            raw[i].append(replayMs(db, trace.statements()));
            QCoreApplication::processEvents();
        }
    }
    QList<Measurement> results;
    for (qsizetype i = 0; i < orders.size(); ++i)
        results.append({u"sort by %1 + first screen"_s.arg(orders.at(i).name),
                        median(ours.at(i)),
                        median(raw.at(i)),
                        peakRssMb(),
                        {}});
    return results;
}

} // namespace entente::bench
