#pragma once

#include "domain/partialdate.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace entente {

// Reads a date the way people type it, at the precision they give: "25.11.2009", "2009-11-25",
// "25 November 2009", "November 25, 2009", "Nov 2009", "ноябрь 2009", "25 ноября 2009", "2009".
// Month names are understood in English, Russian and the given locale's language. Day and month
// numbers follow the locale only for slashes ("11/25/2009" in the US); dots and dashes are always
// day.month.year or ISO year-month-day.
class PartialDateParser
{
    Q_DECLARE_TR_FUNCTIONS(PartialDateParser)

public:
    explicit PartialDateParser(const QLocale &locale = QLocale());

    // A null date with an empty problem for empty text. Otherwise the date as typed, which may
    // still be impossible (2009-02-30): then `problem` says why, in the domain's words.
    PartialDate parse(QStringView text, QString *problem = nullptr) const;

    // How a field shows a date so that parse() reads it back: "25 November 2009", "November
    // 2009", "2009" in the locale's words.
    QString format(const PartialDate &date) const;
    // The same, short, for narrow table cells: "25/11/2009" (the locale's short form), "Nov 2009",
    // "2009"; parse() reads it back as well.
    QString formatShort(const PartialDate &date) const;

private:
    int monthNumber(const QString &foldedWord) const;

    QLocale m_locale;
    QList<std::pair<QString, int>> m_monthNames; // folded full names and abbreviations
};

} // namespace entente
