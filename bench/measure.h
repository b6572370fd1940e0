#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QString>
#include <QStringList>

#include <cmath>
#include <limits>

namespace entente::bench {

class RawDb;

// One line of the results table: times in milliseconds (NaN: not measured), memory in MiB.
struct Measurement
{
    QString workload;
    double ours = std::numeric_limits<double>::quiet_NaN();
    double raw = std::numeric_limits<double>::quiet_NaN();
    double peakMb = std::numeric_limits<double>::quiet_NaN();
    QString note;
};

double median(QList<double> values);
double peakRssMb();
// Tab-separated on standard output: workload, ours, raw, ratio, peak MiB, note.
void print(const Measurement &m);

template<typename F>
double timeMs(F &&f)
{
    QElapsedTimer timer;
    timer.start();
    f();
    return double(timer.nsecsElapsed()) / 1e6;
}

// Runs the statements through the C API, each prepared, stepped to the end and finalized: the
// time SQLite itself needs for them.
double replayMs(RawDb &db, const QStringList &statements);

} // namespace entente::bench
