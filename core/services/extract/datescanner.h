#pragma once

#include <QList>
#include <QString>

namespace entente {

// A date as a text writes it, before it is resolved against a publication date: "25 November",
// "November 25-27, 2009", "с 25 по 27 ноября", "в ноябре 2009 года", "25.11.2009", "on Wednesday",
// "today". Zeros are parts the text does not give.
struct DateMention
{
    enum class Kind {
        Calendar, // day or month, perhaps with a year
        Weekday,  // a weekday name on its own: "on Wednesday"
        Relative, // today, yesterday, tomorrow
    };
    Kind kind = Kind::Calendar;
    qsizetype start = 0; // in the scanned text
    qsizetype end = 0;
    int day = 0; // 0 with a month: a whole month
    int month = 0;
    int year = 0;
    int endDay = 0; // a span: "25-27 November", "30 November – 2 December"
    int endMonth = 0;
    int endYear = 0;
    int weekday = 0;   // 1 = Monday … 7 = Sunday, when the text names one with the date
    int dayOffset = 0; // Relative: -1 yesterday, 0 today, 1 tomorrow

    bool hasYear() const { return year != 0; }
    bool isSpan() const { return endDay != 0 || endMonth != 0; }
};

// The date grammar of press releases in English and Russian. Regular expressions are built once,
// bounded (no nested repetition), so scanning is linear in the text.
namespace DateScanner {
QList<DateMention> scan(const QString &text);
// 1 … 12 for a month name in English or Russian in any case ("Nov", "ноября", "ноябре"), else 0.
int monthNumber(QStringView word);
} // namespace DateScanner

} // namespace entente
