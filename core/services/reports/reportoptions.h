#pragma once

#include "reports/pagesetup.h"

#include <QDateTime>
#include <QLocale>
#include <QString>

namespace entente {

// What to make: a search report (title page, summary, charts, table, optionally the dossiers) or
// the dossiers alone, on what paper, under what title.
struct ReportOptions
{
    enum class Kind {
        Search,
        Dossiers
    };

    Kind kind = Kind::Search;
    QString title; // empty: a title that fits the kind
    PageSetup page;
    bool includeDossiers = false; // a search report followed by every meeting's dossier
    QLocale locale;               // dates and numbers on the page
    QString catalogueName;        // shown on the title page and in the running header
    QDateTime madeAt;             // invalid: now

    QString effectiveTitle() const;
};

} // namespace entente
