#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

class QLocale;

namespace entente {

enum class DatePrecision {
    Day,
    Month,
    Year
};

QString precisionCode(DatePrecision precision);
std::optional<DatePrecision> precisionFromCode(QStringView code);

// A date known to the day, the month or the year: press releases often say only "November 2009".
// It keeps the components as given, so an impossible date (2009-02-30) can exist long enough to be
// reported with the field it came from; problem() says what is wrong with it.
class PartialDate
{
    Q_DECLARE_TR_FUNCTIONS(PartialDate)

public:
    PartialDate() = default;

    static PartialDate day(int year, int month, int day);
    static PartialDate month(int year, int month);
    static PartialDate year(int year);
    static PartialDate fromDate(QDate date) { return day(date.year(), date.month(), date.day()); }

    // "2009-11-25", "2009-11" or "2009". Anything else gives a null date; see parseIso().
    static PartialDate fromIso(QStringView text);
    // Like fromIso(), but says why the text is not a date.
    static std::optional<PartialDate> parseIso(QStringView text, QString *problem);
    // The storage form: a whole ISO day plus a precision; the day is the first or last day of the
    // period, and either gives back the same partial date.
    static PartialDate fromStorage(QStringView isoDay, QStringView precision);

    bool isNull() const { return m_year == 0; }
    bool isValid() const { return !isNull() && problem().isEmpty(); }
    // Empty for a valid date; otherwise a sentence naming what is wrong.
    QString problem() const;

    DatePrecision precision() const { return m_precision; }
    int yearPart() const { return m_year; }
    int monthPart() const { return m_month; }
    int dayPart() const { return m_day; }

    QDate firstDay() const;
    QDate lastDay() const;

    QString toIso() const;
    // "25 November 2009", "November 2009", "2009", in the locale's words.
    QString toDisplayString(const QLocale &locale) const;

    friend bool operator==(const PartialDate &, const PartialDate &) = default;

private:
    int m_year = 0;
    int m_month = 0;
    int m_day = 0;
    DatePrecision m_precision = DatePrecision::Day;
};

// "25–27 November 2009", "25 November 2009", "November 2009 – March 2010": a span as people write
// it.
QString displaySpan(const PartialDate &start, const PartialDate &end, const QLocale &locale);

// "25 November 2009, 14:28": a moment in local time, its date in the style of the spans above so
// that one screen or page shows dates one way.
QString displayMoment(const QDateTime &moment, const QLocale &locale);

} // namespace entente
