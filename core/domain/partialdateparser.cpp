#include "partialdateparser.h"

#include "domain/namefolding.h"

#include <QCoreApplication>
#include <QDate>

using namespace Qt::StringLiterals;

namespace entente {

namespace {

struct Token
{
    QString text;
    bool number = false;
};

QList<Token> tokenize(QStringView text, QList<QChar> *separators)
{
    QList<Token> tokens;
    Token current;
    const auto flush = [&] {
        if (!current.text.isEmpty())
            tokens.append(current);
        current = {};
    };
    for (const QChar c : text) {
        const bool digit = c.isDigit();
        if (digit || c.isLetter()) {
            if (!current.text.isEmpty() && current.number != digit)
                flush();
            current.number = digit;
            current.text += c;
        } else {
            flush();
            if (!c.isSpace())
                separators->append(c);
        }
    }
    flush();
    return tokens;
}

int yearFrom(const QString &digits)
{
    const int value = digits.toInt();
    // Two digits are this century's up to ten years ahead, else the last one's: "09" is 2009.
    if (digits.size() == 2) {
        const int thisYear = QDate::currentDate().year() % 100;
        return value <= thisYear + 10 ? 2000 + value : 1900 + value;
    }
    return value;
}

} // namespace

PartialDateParser::PartialDateParser(const QLocale &locale)
    : m_locale(locale)
{
    QList<QLocale> locales = {QLocale(QLocale::English), QLocale(QLocale::Russian), locale};
    for (const QLocale &l : std::as_const(locales)) {
        for (int month = 1; month <= 12; ++month) {
            for (const QString &name :
                 {l.monthName(month, QLocale::LongFormat), l.standaloneMonthName(month),
                  l.monthName(month, QLocale::ShortFormat),
                  l.standaloneMonthName(month, QLocale::ShortFormat)}) {
                const QString folded = NameFolding::fold(name);
                if (!folded.isEmpty())
                    m_monthNames.append({folded, month});
            }
        }
    }
}

int PartialDateParser::monthNumber(const QString &word) const
{
    for (const auto &[name, month] : m_monthNames) {
        if (name == word)
            return month;
    }
    // Abbreviations of three letters or more that fit one month only: "Sept", "нояб", "ноя".
    if (word.size() < 3)
        return 0;
    int found = 0;
    for (const auto &[name, month] : m_monthNames) {
        if (name.startsWith(word)) {
            if (found != 0 && found != month)
                return 0;
            found = month;
        }
    }
    return found;
}

PartialDate PartialDateParser::parse(QStringView text, QString *problem) const
{
    if (problem)
        problem->clear();
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    const auto fail = [&]() -> PartialDate {
        if (problem)
            *problem = tr("“%1” is not a date: write it like 25.11.2009, 2009-11-25, November "
                          "2009 or 2009")
                           .arg(trimmed);
        return {};
    };

    QList<QChar> separators;
    const QList<Token> tokens = tokenize(trimmed, &separators);
    QList<QString> numbers;
    QList<QString> words;
    for (const Token &t : tokens)
        (t.number ? numbers : words).append(t.text);

    PartialDate date;
    if (words.size() == 1) {
        const int month = monthNumber(NameFolding::fold(words.first()));
        if (month == 0)
            return fail();
        if (numbers.size() == 1 && numbers[0].size() >= 3) {
            date = PartialDate::month(yearFrom(numbers[0]), month);
        } else if (numbers.size() == 2) {
            // "25 November 2009" or "November 25, 2009": the year is the long number.
            const bool yearFirst = numbers[0].size() >= 3;
            const QString &year = yearFirst ? numbers[0] : numbers[1];
            const QString &day = yearFirst ? numbers[1] : numbers[0];
            if (day.size() > 2 || year.size() < 3)
                return fail();
            date = PartialDate::day(yearFrom(year), month, day.toInt());
        } else {
            return fail();
        }
    } else if (!words.isEmpty()) {
        return fail();
    } else if (numbers.size() == 1 && numbers[0].size() == 4) {
        date = PartialDate::year(numbers[0].toInt());
    } else if (numbers.size() == 2 && numbers[0].size() == 4 && numbers[1].size() <= 2) {
        date = PartialDate::month(numbers[0].toInt(), numbers[1].toInt()); // 2009-11
    } else if (numbers.size() == 2 && numbers[1].size() == 4 && numbers[0].size() <= 2) {
        date = PartialDate::month(numbers[1].toInt(), numbers[0].toInt()); // 11.2009
    } else if (numbers.size() == 3 && numbers[0].size() == 4) {
        if (numbers[1].size() > 2 || numbers[2].size() > 2)
            return fail();
        date = PartialDate::day(numbers[0].toInt(), numbers[1].toInt(), numbers[2].toInt());
    } else if (numbers.size() == 3 && numbers[0].size() <= 2 && numbers[1].size() <= 2 &&
               (numbers[2].size() == 2 || numbers[2].size() == 4)) {
        // Slashes follow the locale's own order (month first in the US); dots and dashes are
        // always day first.
        const bool monthFirst = separators.contains(u'/') &&
                                m_locale.dateFormat(QLocale::ShortFormat).indexOf(u'M') <
                                    m_locale.dateFormat(QLocale::ShortFormat).indexOf(u'd');
        const int a = numbers[0].toInt();
        const int b = numbers[1].toInt();
        date = monthFirst ? PartialDate::day(yearFrom(numbers[2]), a, b)
                          : PartialDate::day(yearFrom(numbers[2]), b, a);
    } else {
        return fail();
    }
    if (problem)
        *problem = date.problem();
    return date;
}

QString PartialDateParser::format(const PartialDate &date) const
{
    if (date.isNull())
        return {};
    if (!date.isValid())
        return date.toIso();
    if (date.precision() == DatePrecision::Day)
        // Day, month name, year: unambiguous in every locale, and read back by parse().
        return m_locale.toString(date.firstDay(), u"d MMMM yyyy"_s);
    return date.toDisplayString(m_locale);
}

QString PartialDateParser::formatShort(const PartialDate &date) const
{
    if (!date.isValid())
        return date.toIso();
    switch (date.precision()) {
    case DatePrecision::Day: {
        // Four-digit years even where the locale's short form has two.
        QString format = m_locale.dateFormat(QLocale::ShortFormat);
        if (!format.contains(u"yyyy"_s))
            format.replace(u"yy"_s, u"yyyy"_s);
        return m_locale.toString(date.firstDay(), format);
    }
    case DatePrecision::Month:
        return m_locale.monthName(date.monthPart(), QLocale::ShortFormat) % u' ' %
               QString::number(date.yearPart());
    case DatePrecision::Year:
        return QString::number(date.yearPart());
    }
    return {};
}

} // namespace entente
