#include "partialdate.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace entente {

namespace {

std::optional<int> digits(QStringView text, qsizetype length)
{
    if (text.size() != length)
        return std::nullopt;
    int value = 0;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

} // namespace

QString precisionCode(DatePrecision precision)
{
    switch (precision) {
    case DatePrecision::Day:
        return u"day"_s;
    case DatePrecision::Month:
        return u"month"_s;
    case DatePrecision::Year:
        return u"year"_s;
    }
    return {};
}

std::optional<DatePrecision> precisionFromCode(QStringView code)
{
    if (code == u"day")
        return DatePrecision::Day;
    if (code == u"month")
        return DatePrecision::Month;
    if (code == u"year")
        return DatePrecision::Year;
    return std::nullopt;
}

PartialDate PartialDate::day(int year, int month, int day)
{
    PartialDate date;
    date.m_year = year;
    date.m_month = month;
    date.m_day = day;
    date.m_precision = DatePrecision::Day;
    return date;
}

PartialDate PartialDate::month(int year, int month)
{
    PartialDate date;
    date.m_year = year;
    date.m_month = month;
    date.m_precision = DatePrecision::Month;
    return date;
}

PartialDate PartialDate::year(int year)
{
    PartialDate date;
    date.m_year = year;
    date.m_precision = DatePrecision::Year;
    return date;
}

std::optional<PartialDate> PartialDate::parseIso(QStringView text, QString *problem)
{
    const QStringView trimmed = text.trimmed();
    const auto fail = [&](const QString &why) -> std::optional<PartialDate> {
        if (problem)
            *problem = why;
        return std::nullopt;
    };
    const auto year = digits(trimmed.left(4), 4);
    if (!year || *year == 0)
        return fail(tr("“%1” is not a date: write YYYY-MM-DD, YYYY-MM or YYYY.").arg(trimmed));

    PartialDate date;
    if (trimmed.size() == 4) {
        date = PartialDate::year(*year);
    } else if (trimmed.size() == 7 && trimmed[4] == u'-') {
        const auto month = digits(trimmed.mid(5, 2), 2);
        if (!month)
            return fail(tr("“%1” is not a date: write YYYY-MM-DD, YYYY-MM or YYYY.").arg(trimmed));
        date = PartialDate::month(*year, *month);
    } else if (trimmed.size() == 10 && trimmed[4] == u'-' && trimmed[7] == u'-') {
        const auto month = digits(trimmed.mid(5, 2), 2);
        const auto day = digits(trimmed.mid(8, 2), 2);
        if (!month || !day)
            return fail(tr("“%1” is not a date: write YYYY-MM-DD, YYYY-MM or YYYY.").arg(trimmed));
        date = PartialDate::day(*year, *month, *day);
    } else {
        return fail(tr("“%1” is not a date: write YYYY-MM-DD, YYYY-MM or YYYY.").arg(trimmed));
    }
    if (const QString why = date.problem(); !why.isEmpty())
        return fail(why);
    return date;
}

PartialDate PartialDate::fromIso(QStringView text)
{
    return parseIso(text, nullptr).value_or(PartialDate());
}

PartialDate PartialDate::fromStorage(QStringView isoDay, QStringView precision)
{
    const QDate day = QDate::fromString(isoDay.toString(), Qt::ISODate);
    const auto prec = precisionFromCode(precision);
    if (!day.isValid() || !prec)
        return {};
    switch (*prec) {
    case DatePrecision::Day:
        return fromDate(day);
    case DatePrecision::Month:
        return month(day.year(), day.month());
    case DatePrecision::Year:
        return year(day.year());
    }
    return {};
}

QString PartialDate::problem() const
{
    if (isNull())
        return tr("no date is given");
    if (m_year < 1 || m_year > 9999)
        return tr("the year %1 is out of range").arg(m_year);
    if (m_precision == DatePrecision::Year)
        return {};
    if (m_month < 1 || m_month > 12)
        return tr("%1-%2 is not a date: there is no month %2")
            .arg(m_year, 4, 10, QChar(u'0'))
            .arg(m_month, 2, 10, QChar(u'0'));
    if (m_precision == DatePrecision::Month)
        return {};
    const int days = QDate(m_year, m_month, 1).daysInMonth();
    if (m_day < 1 || m_day > days)
        return tr("%1 is not a date: %2 has %3 days")
            .arg(QStringLiteral("%1-%2-%3")
                     .arg(m_year, 4, 10, QChar(u'0'))
                     .arg(m_month, 2, 10, QChar(u'0'))
                     .arg(m_day, 2, 10, QChar(u'0')),
                 QLocale::c().toString(QDate(m_year, m_month, 1), u"MMMM yyyy"_s))
            .arg(days);
    return {};
}

QDate PartialDate::firstDay() const
{
    if (!isValid())
        return {};
    switch (m_precision) {
    case DatePrecision::Day:
        return QDate(m_year, m_month, m_day);
    case DatePrecision::Month:
        return QDate(m_year, m_month, 1);
    case DatePrecision::Year:
        return QDate(m_year, 1, 1);
    }
    return {};
}

QDate PartialDate::lastDay() const
{
    if (!isValid())
        return {};
    switch (m_precision) {
    case DatePrecision::Day:
        return QDate(m_year, m_month, m_day);
    case DatePrecision::Month: {
        const QDate first(m_year, m_month, 1);
        return first.addDays(first.daysInMonth() - 1);
    }
    case DatePrecision::Year:
        return QDate(m_year, 12, 31);
    }
    return {};
}

QString PartialDate::toIso() const
{
    if (isNull())
        return {};
    const QString year = u"%1"_s.arg(m_year, 4, 10, QChar(u'0'));
    const QString month = u"%1"_s.arg(m_month, 2, 10, QChar(u'0'));
    switch (m_precision) {
    case DatePrecision::Year:
        return year;
    case DatePrecision::Month:
        return year % u'-' % month;
    case DatePrecision::Day:
        return year % u'-' % month % u'-' % u"%1"_s.arg(m_day, 2, 10, QChar(u'0'));
    }
    return {};
}

QString PartialDate::toDisplayString(const QLocale &locale) const
{
    if (!isValid())
        return toIso();
    switch (m_precision) {
    case DatePrecision::Year:
        return locale.toString(m_year).remove(locale.groupSeparator());
    case DatePrecision::Month:
        // Standalone month names read right on their own ("ноябрь 2009", not "ноября 2009").
        return locale.standaloneMonthName(m_month) % u' ' % QString::number(m_year);
    case DatePrecision::Day:
        return locale.toString(firstDay(), QLocale::LongFormat)
            .remove(locale.dayName(firstDay().dayOfWeek()) % u", "_s);
    }
    return {};
}

QString displayMoment(const QDateTime &moment, const QLocale &locale)
{
    if (!moment.isValid())
        return {};
    const QDateTime local = moment.toLocalTime();
    return PartialDate::fromDate(local.date()).toDisplayString(locale) % u", "_s %
           locale.toString(local.time(), QLocale::ShortFormat);
}

QString displaySpan(const PartialDate &start, const PartialDate &end, const QLocale &locale)
{
    if (end.isNull() || end == start)
        return start.toDisplayString(locale);
    if (start.precision() == DatePrecision::Day && end.precision() == DatePrecision::Day &&
        start.yearPart() == end.yearPart() && start.monthPart() == end.monthPart()) {
        return QString::number(start.dayPart()) % u'–' % end.toDisplayString(locale);
    }
    return start.toDisplayString(locale) % u" – "_s % end.toDisplayString(locale);
}

} // namespace entente
