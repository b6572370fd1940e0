#include "measure.h"

#include "rawdb.h"

#include <QTextStream>

#include <algorithm>
#include <sys/resource.h>

namespace entente::bench {

double median(QList<double> values)
{
    if (values.isEmpty())
        return std::numeric_limits<double>::quiet_NaN();
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

void print(const Measurement &m)
{
    const auto number = [](double v, int decimals) {
        return std::isnan(v) ? QStringLiteral("-") : QString::number(v, 'f', decimals);
    };
    const double ratio = m.ours / m.raw;
    QTextStream out(stdout);
    out << m.workload << '\t' << number(m.ours, 2) << '\t' << number(m.raw, 2) << '\t'
        << number(ratio, 2) << '\t' << number(m.peakMb, 0) << '\t' << m.note << '\n';
    out.flush();
}

double replayMs(RawDb &db, const QStringList &statements)
{
    // ENTENTE_BENCH_VERBOSE=1 lists every statement with its time on standard error.
    static const bool verbose = qEnvironmentVariableIsSet("ENTENTE_BENCH_VERBOSE");
    double total = 0;
    for (const QString &sql : statements) {
        const double ms = timeMs([&] { db.run(sql); });
        total += ms;
        if (verbose)
            QTextStream(stderr) << QString::number(ms, 'f', 2) << " ms\t" << sql.left(400) << '\n';
    }
    return total;
}

} // namespace entente::bench
