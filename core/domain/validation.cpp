#include "validation.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace entente {

Error validationError(const QString &what, const FieldProblems &problems)
{
    QStringList lines;
    lines.reserve(problems.size());
    for (const FieldProblem &p : problems)
        lines.append(p.field % u": "_s % p.message);
    return Error::invalid(what % u": "_s % lines.join(u"; "_s));
}

} // namespace entente
