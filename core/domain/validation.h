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

// The longest text each field takes, in characters (docs/json-format.md, "Limits"). Far beyond
// any real record, they keep a malformed or hostile file from filling memory, the catalogue and
// every report page with one field.
namespace FieldLimits {
constexpr qsizetype title = 1'000;         // a meeting's or a source's title
constexpr qsizetype documentTitle = 2'000; // an outcome document's title
constexpr qsizetype place = 200;
constexpr qsizetype tone = 500;
constexpr qsizetype summary = 100'000;
constexpr qsizetype name = 200; // a person's name, alias, a publisher
constexpr qsizetype post = 300; // a position's title
constexpr qsizetype url = 2'000;
constexpr qsizetype sourceText = 200'000; // a source's full text (a press release)
} // namespace FieldLimits

// Adds a problem when `value` is longer than `limit`: "title: 52,428,800 characters, the limit
// is 1,000".
void checkLength(FieldProblems &problems, const QString &field, const QString &value,
                 qsizetype limit);

// Folds field problems into one user-facing Error: "Meeting “X”: start date: 2009-02-30 is not a
// date …".
Error validationError(const QString &what, const FieldProblems &problems);

} // namespace entente
