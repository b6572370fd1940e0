#pragma once

#include <QElapsedTimer>
#include <QObject>

namespace entente::gui {

// For the start-up benchmark (bench/): with ENTENTE_BENCH_FIRST_PAINT set, the window quits as
// soon as the meetings table has painted its first screen, printing on standard output
// "first-paint MS RSS_KB" (milliseconds since the application object was made, peak memory).
// Nothing is installed otherwise.
class FirstPaintProbe : public QObject
{
    Q_OBJECT

public:
    static bool requested();
    // Watches `viewport` (the table's) and quits the application after its first paint.
    FirstPaintProbe(QObject *viewport, QObject *parent);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QElapsedTimer m_timer;
    bool m_done = false;
};

} // namespace entente::gui
