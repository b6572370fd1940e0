#include "workloads.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace entente::bench;

// entente-bench WORKLOAD --catalogue FILE [--repeat N]
// entente-bench rawload|makeonly --catalogue FILE --meetings N [--seed S]
// Prints one tab-separated line per measurement: workload, ours (ms), raw SQLite (ms), ratio,
// peak memory (MiB), note. bench/run-benchmarks.sh assembles the table.
int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"Entente"_s);
    QCoreApplication::setApplicationName(u"entente-bench"_s);

    QCommandLineParser parser;
    parser.addPositionalArgument(u"workload"_s,
                                 u"startup, scroll, sort, detail, search, report, rawload or "
                                 "makeonly"_s);
    parser.addOptions({{u"catalogue"_s, u"The catalogue file."_s, u"FILE"_s},
                       {u"repeat"_s, u"Runs per figure (the median is shown)."_s, u"N"_s, u"7"_s},
                       {u"meetings"_s, u"Meetings to load (rawload, makeonly)."_s, u"N"_s},
                       {u"seed"_s, u"The seed (rawload, makeonly)."_s, u"S"_s, u"1"_s}});
    parser.addHelpOption();
    parser.process(app);
    if (parser.positionalArguments().size() != 1 || !parser.isSet(u"catalogue"_s)) {
        QTextStream(stderr) << parser.helpText();
        return 2;
    }
    const QString workload = parser.positionalArguments().first();
    Context context{parser.value(u"catalogue"_s), std::max(1, parser.value(u"repeat"_s).toInt())};

    QList<Measurement> results;
    if (workload == u"startup")
        results = startup(context);
    else if (workload == u"scroll")
        results = scroll(context);
    else if (workload == u"sort")
        results = sorting(context);
    else if (workload == u"detail")
        results = detail(context);
    else if (workload == u"search")
        results = searches(context);
    else if (workload == u"report")
        results = report(context);
    else if (workload == u"rawload" || workload == u"makeonly")
        results = rawLoad(context.catalogue, parser.value(u"meetings"_s).toLongLong(),
                          parser.value(u"seed"_s).toULongLong(), workload == u"rawload");
    else {
        QTextStream(stderr) << "unknown workload " << workload << '\n';
        return 2;
    }
    for (const Measurement &m : std::as_const(results))
        print(m);
    return results.isEmpty() ? 1 : 0;
}
