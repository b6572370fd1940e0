#pragma once

#include "domain/error.h"

#include <QString>

#include <functional>

class QWidget;

namespace entente {

// Runs long work (a report, an export) on a thread of its own behind a modal progress dialog with
// a Cancel button, keeping the window responsive. The work reads the catalogue through that
// thread's own connection (Catalogue::database() is per thread) and reports progress through the
// function it is given, which returns false once the user cancelled.
class BackgroundTask
{
public:
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    using Work = std::function<Status(const Progress &progress)>;

    BackgroundTask() = delete;

    // Returns when the work has finished; `cancelled` says whether the user stopped it. The
    // dialog appears only if the work takes longer than a moment.
    static Status run(QWidget *parent, const QString &title, const QString &label, Work work,
                      bool *cancelled);
};

} // namespace entente
