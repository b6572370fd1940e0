#include "reportoptions.h"

#include <QCoreApplication>

namespace entente {

QString ReportOptions::effectiveTitle() const
{
    if (!title.trimmed().isEmpty())
        return title.trimmed();
    return kind == Kind::Dossiers
               ? QCoreApplication::translate("ReportOptions", "Meeting dossiers")
               : QCoreApplication::translate("ReportOptions", "Bilateral meetings");
}

} // namespace entente
