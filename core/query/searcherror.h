#pragma once

#include "domain/error.h"

#include <QString>

namespace entente {

// Why a query could not be read, and where: `position` and `length` are in UTF-16 units of the
// query text, so the search bar can select the culprit and the command line can put a caret under
// it.
struct SearchError
{
    QString message;
    qsizetype position = 0;
    qsizetype length = 1;

    // "unknown field “foo” (at character 5)": the message with a 1-based position for people.
    QString describe() const;
    // The query and a line of carets under the culprit, for a terminal.
    QString caretLines(const QString &query) const;
    Error toError() const { return Error::invalid(describe()); }

    friend bool operator==(const SearchError &, const SearchError &) = default;
};

} // namespace entente
