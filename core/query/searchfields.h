#pragma once

#include "query/searchquery.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace entente {

// The `field:` names of the query language, what each means, and how to write a value so that the
// parser reads it back: one table shared by the parser, the completer, the tooltip and the docs.
class SearchFields
{
    Q_DECLARE_TR_FUNCTIONS(SearchFields)

public:
    // How the value of a field is read.
    enum class ValueKind {
        Text,   // any text
        Period, // date: 2009, 2009-11, 2009-11-25, A..B, A.., ..B
        After,  // after: one date, the period starting the day after it
        Before, // before: one date, the period ending the day before it
    };

    struct Info
    {
        QString name; // lowercase, as typed before the colon
        SearchField field;
        ValueKind valueKind;
        const char
            *help; // one line for the tooltip, for QCoreApplication::translate("SearchFields")
        QString example; // a term as typed: the cheat sheet inserts it
    };

    SearchFields() = delete;

    // Every field, in the order the tooltip lists them; aliases (person:) come after their field.
    static const QList<Info> &all();
    // The field called `name`, in any letter case.
    static std::optional<Info> find(QStringView name);
    // The main name of a field: "minister" for SearchField::Minister.
    static QString nameOf(SearchField field);

    // `value` written so the parser reads it back as one value: bare when it is a plain word,
    // otherwise in double quotes with inner quotes doubled.
    static QString quote(const QString &value);
    // "field:value", the value quoted as needed.
    static QString term(SearchField field, const QString &value);
    // The query `text` narrowed by one more term, keeping what it meant: "a OR b" + "country:BLR"
    // gives "(a OR b) country:BLR". An empty or unreadable `text` gives the term alone.
    static QString narrow(const QString &text, const QString &term);
    // The syntax in a few lines of rich text, translated: the search bar's tooltip.
    static QString syntaxHelp();
};

} // namespace entente
