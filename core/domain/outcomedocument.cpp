#include "outcomedocument.h"

#include <QCoreApplication>

namespace entente {

FieldProblems OutcomeDocument::validate() const
{
    FieldProblems problems;
    if (title.trimmed().isEmpty())
        problems.append({tr("document title"), tr("a document needs a title")});
    checkLength(problems, tr("document title"), title, FieldLimits::documentTitle);
    if (kind.isEmpty())
        problems.append(
            {tr("document kind"), tr("choose what kind of document “%1” is").arg(title)});
    if (action.isEmpty())
        problems.append({tr("document action"),
                         tr("say what was done with “%1” (adopted, signed, …)").arg(title)});
    if (!date.isNull() && !date.isValid())
        problems.append({tr("document date"), date.problem()});
    if (!periodStart.isNull() && !periodStart.isValid())
        problems.append({tr("document period start"), periodStart.problem()});
    if (!periodEnd.isNull() && !periodEnd.isValid())
        problems.append({tr("document period end"), periodEnd.problem()});
    if (periodStart.isValid() && periodEnd.isValid() &&
        periodEnd.lastDay() < periodStart.firstDay())
        problems.append(
            {tr("document period end"), tr("the period of “%1” ends (%2) before it starts (%3)")
                                            .arg(title, periodEnd.toIso(), periodStart.toIso())});
    return problems;
}

} // namespace entente
