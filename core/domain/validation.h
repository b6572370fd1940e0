#pragma once

#include "domain/error.h"

#include <QList>
#include <QString>

namespace entente {

// One refused field: which one (as the user sees it labelled) and why.
struct FieldProblem
{
    QString field;
    QString message;

    friend bool operator==(const FieldProblem &, const FieldProblem &) = default;
};

using FieldProblems = QList<FieldProblem>;

// Folds field problems into one user-facing Error: "Meeting “X”: start date: 2009-02-30 is not a
// date …".
Error validationError(const QString &what, const FieldProblems &problems);

} // namespace entente
