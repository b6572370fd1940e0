#include "validation.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace entente {

void checkLength(FieldProblems &problems, const QString &field, const QString &value,
                 qsizetype limit)
{
    if (value.size() <= limit)
        return;
    // Files and messages of the command line carry no UI locale: plain C-locale digits with
    // separators read the same everywhere.
    const QLocale c(QLocale::English);
    problems.append(
        {field, QCoreApplication::translate("Validation", "%1 characters, the limit is %2")
                    .arg(c.toString(value.size()), c.toString(limit))});
}

Error validationError(const QString &what, const FieldProblems &problems)
{
    QStringList lines;
    lines.reserve(problems.size());
    for (const FieldProblem &p : problems)
        lines.append(p.field % u": "_s % p.message);
    return Error::invalid(what % u": "_s % lines.join(u"; "_s));
}

} // namespace entente
