#include "firstpaintprobe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

#include <cstdio>
#include <sys/resource.h>

namespace entente::gui {

bool FirstPaintProbe::requested()
{
    return !qEnvironmentVariableIsEmpty("ENTENTE_BENCH_FIRST_PAINT");
}

FirstPaintProbe::FirstPaintProbe(QObject *viewport, QObject *parent)
    : QObject(parent)
{
    m_timer.start();
    viewport->installEventFilter(this);
}

bool FirstPaintProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_done) {
        m_done = true;
        // After this paint has been done: the next turn of the event loop.
        QTimer::singleShot(0, this, [this] {
            rusage usage{};
            getrusage(RUSAGE_SELF, &usage);
            std::printf("first-paint %lld %ld\n", static_cast<long long>(m_timer.elapsed()),
                        usage.ru_maxrss);
            std::fflush(stdout);
            QCoreApplication::exit(0);
        });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace entente::gui
