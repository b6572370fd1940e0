#pragma once

#include "domain/error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <utility>

namespace entente {

// Reads what can still be read of a damaged catalogue into a new one: every meeting (with its
// delegations, documents, topics and sources) and every person whose pages can be read, record
// by record, stepping over damaged pages. The damaged file is never changed: it is read from a
// copy. Meetings go into the new catalogue through the import, the one way files come in.
class CatalogueSalvage
{
    Q_DECLARE_TR_FUNCTIONS(CatalogueSalvage)

public:
    struct Lost
    {
        qint64 id = 0; // in the damaged catalogue
        QString reason;
    };
    struct Report
    {
        qint64 meetingsRecovered = 0; // sub-events included
        qint64 documentsRecovered = 0;
        qint64 peopleRecovered = 0;
        QList<Lost> meetingsLost;
        QList<Lost> peopleLost;
        // Ranges of ids whose rows could not even be listed (damaged pages of the tables).
        QList<std::pair<qint64, qint64>> meetingRowsUnreadable;
        QList<std::pair<qint64, qint64>> personRowsUnreadable;

        bool lostAnything() const
        {
            return !meetingsLost.isEmpty() || !peopleLost.isEmpty() ||
                   !meetingRowsUnreadable.isEmpty() || !personRowsUnreadable.isEmpty();
        }
    };

    // `target` must not exist yet.
    static Result<Report> run(const QString &damaged, const QString &target);
    // What was recovered, then each thing lost, a line each: what the CLI prints and the window
    // shows.
    static QStringList describe(const Report &report, const QString &target);
    // Whether SQLite's own quick check finds damage in the file (a file that cannot be opened
    // at all is not worth salvaging; a sound one needs no salvage).
    static bool looksDamaged(const QString &path);
};

} // namespace entente
