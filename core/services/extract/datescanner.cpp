#include "datescanner.h"

#include "domain/namefolding.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace entente::DateScanner {

namespace {

const QString monthWords =
    u"january|february|march|april|may|june|july|august|september|october|november|december|"
    "sept|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec|"
    "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|"
    "январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь|"
    "январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре"_s;

const QHash<QString, int> &months()
{
    static const QHash<QString, int> table = [] {
        QHash<QString, int> t;
        const QStringList words = monthWords.split(u'|');
        const int english[] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12,
                               9, 1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12};
        for (int i = 0; i < 24; ++i)
            t.insert(words.at(i), english[i]);
        for (int i = 24; i < words.size(); ++i)
            t.insert(words.at(i), (i - 24) % 12 + 1);
        return t;
    }();
    return table;
}

const QHash<QString, int> &weekdays()
{
    static const QHash<QString, int> table = {
        {u"monday"_s, 1},      {u"tuesday"_s, 2},    {u"wednesday"_s, 3}, {u"thursday"_s, 4},
        {u"friday"_s, 5},      {u"saturday"_s, 6},   {u"sunday"_s, 7},    {u"понедельник"_s, 1},
        {u"вторник"_s, 2},     {u"среда"_s, 3},      {u"среду"_s, 3},     {u"четверг"_s, 4},
        {u"пятница"_s, 5},     {u"пятницу"_s, 5},    {u"суббота"_s, 6},   {u"субботу"_s, 6},
        {u"воскресенье"_s, 7}, {u"воскресение"_s, 7}};
    return table;
}

QRegularExpression compile(const QString &pattern)
{
    QRegularExpression re(pattern, QRegularExpression::CaseInsensitiveOption |
                                       QRegularExpression::UseUnicodePropertiesOption);
    Q_ASSERT(re.isValid());
    return re;
}

// Boundaries that work for Cyrillic: \b would need the word characters of the pattern's script.
const QString wb = u"(?<![\\p{L}\\p{N}])"_s;
const QString we = u"(?![\\p{L}\\p{N}])"_s;
const QString dayPart = u"(\\d{1,2})(?!\\d)(?:st|nd|rd|th|-?го)?"_s;
const QString monthPart = u"("_s + monthWords + u")\\.?"_s;
const QString yearPart = u"(?:,?\\s{1,3}(\\d{4})(?!\\d))?"_s;
const QString separator = u"\\s{0,3}(?:-|–|—|‒|to|through|till|until|and|по|и|до)\\s{0,3}"_s;

struct Grammar
{
    enum Shape {
        CrossDayMonth, // 1 d1, 2 m1, 3 y1, 4 d2, 5 m2, 6 y2
        CrossMonthDay, // 1 m1, 2 d1, 3 y1, 4 m2, 5 d2, 6 y2
        DayMonth,      // 1 d1, 2 d2, 3 m, 4 y
        MonthDay,      // 1 m, 2 d1, 3 d2, 4 y
        MonthYear,     // 1 m, 2 y
        Numeric,       // 1 d, 2 m, 3 y
        Iso,           // 1 y, 2 m, 3 d
    };
    Shape shape;
    QRegularExpression re;
};

const QList<Grammar> &grammars()
{
    static const QList<Grammar> list = {
        {Grammar::CrossDayMonth,
         compile(wb + dayPart + u"\\s{1,3}"_s + monthPart + yearPart + separator + dayPart +
                 u"\\s{1,3}"_s + monthPart + yearPart + we)},
        {Grammar::CrossMonthDay,
         compile(wb + monthPart + u"\\s{1,3}"_s + dayPart + yearPart + separator + monthPart +
                 u"\\s{1,3}"_s + dayPart + yearPart + we)},
        {Grammar::DayMonth, compile(wb + dayPart + u"(?:"_s + separator + dayPart + u")?"_s +
                                    u"\\s{1,3}"_s + monthPart + yearPart + we)},
        {Grammar::MonthDay, compile(wb + monthPart + u"\\s{1,3}"_s + dayPart + u"(?:"_s +
                                    separator + dayPart + u")?"_s + yearPart + we)},
        {Grammar::MonthYear, compile(wb + monthPart + u"\\s{1,3}(\\d{4})(?!\\d)"_s)},
        {Grammar::Numeric, compile(wb + u"(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4})(?!\\d)"_s)},
        {Grammar::Iso, compile(wb + u"(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)"_s)},
    };
    return list;
}

int number(const QRegularExpressionMatch &m, int group)
{
    return m.captured(group).toInt();
}

int monthOf(const QRegularExpressionMatch &m, int group)
{
    return monthNumber(m.captured(group));
}

std::optional<DateMention> fromMatch(const Grammar &g, const QRegularExpressionMatch &m)
{
    DateMention d;
    d.start = m.capturedStart(0);
    d.end = m.capturedEnd(0);
    switch (g.shape) {
    case Grammar::CrossDayMonth:
        d.day = number(m, 1), d.month = monthOf(m, 2), d.year = number(m, 3);
        d.endDay = number(m, 4), d.endMonth = monthOf(m, 5), d.endYear = number(m, 6);
        break;
    case Grammar::CrossMonthDay:
        d.month = monthOf(m, 1), d.day = number(m, 2), d.year = number(m, 3);
        d.endMonth = monthOf(m, 4), d.endDay = number(m, 5), d.endYear = number(m, 6);
        break;
    case Grammar::DayMonth:
        d.day = number(m, 1), d.endDay = number(m, 2), d.month = monthOf(m, 3);
        d.year = number(m, 4);
        break;
    case Grammar::MonthDay:
        d.month = monthOf(m, 1), d.day = number(m, 2), d.endDay = number(m, 3);
        d.year = number(m, 4);
        break;
    case Grammar::MonthYear:
        d.month = monthOf(m, 1), d.year = number(m, 2);
        break;
    case Grammar::Numeric:
        d.day = number(m, 1), d.month = number(m, 3), d.year = number(m, 4);
        break;
    case Grammar::Iso:
        d.year = number(m, 1), d.month = number(m, 2), d.day = number(m, 3);
        break;
    }
    // A span's end shares the start's month and year unless it names its own; a start without a
    // year borrows the end's ("30 November – 2 December 2009").
    if (d.endDay != 0 && d.endMonth == 0)
        d.endMonth = d.month;
    if (d.endMonth != 0 && d.endYear == 0)
        d.endYear = d.year;
    if (d.year == 0 && d.endYear != 0)
        d.year = d.endYear;
    const auto plausible = [](int day, int month, int year) {
        return month >= 1 && month <= 12 && day >= 0 && day <= 31 &&
               (year == 0 || (year >= 1900 && year <= 2199));
    };
    if (!plausible(d.day, d.month, d.year) ||
        (d.isSpan() && !plausible(d.endDay, d.endMonth, d.endYear)))
        return std::nullopt;
    if (g.shape != Grammar::MonthYear && d.day == 0)
        return std::nullopt;
    return d;
}

} // namespace

int monthNumber(QStringView word)
{
    QString key = NameFolding::fold(word);
    if (key.endsWith(u'.'))
        key.chop(1);
    return months().value(key);
}

QList<DateMention> scan(const QString &text)
{
    QList<DateMention> found;
    for (const Grammar &g : grammars()) {
        QRegularExpressionMatchIterator it = g.re.globalMatch(text);
        while (it.hasNext()) {
            if (const auto d = fromMatch(g, it.next()))
                found.append(*d);
        }
    }
    // Keep the longest of overlapping readings: "25 November 2009" over "November 2009".
    std::sort(found.begin(), found.end(), [](const DateMention &a, const DateMention &b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    QList<DateMention> dates;
    for (const DateMention &d : std::as_const(found)) {
        if (!dates.isEmpty() && d.start < dates.last().end) {
            if (d.end - d.start > dates.last().end - dates.last().start)
                dates.last() = d;
            continue;
        }
        dates.append(d);
    }

    static const QRegularExpression named =
        compile(wb +
                u"(today|yesterday|tomorrow|tonight|сегодня|вчера|завтра|"
                "monday|tuesday|wednesday|thursday|friday|saturday|sunday|понедельник|"
                "вторник|среду|среда|четверг|пятницу|пятница|субботу|суббота|"
                "воскресенье)"_s +
                we);
    QList<DateMention> extra;
    QRegularExpressionMatchIterator it = named.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString word = NameFolding::fold(m.captured(1));
        DateMention d;
        d.start = m.capturedStart(0);
        d.end = m.capturedEnd(0);
        if (const int weekday = weekdays().value(word)) {
            // A weekday right next to a calendar date belongs to it: "on Wednesday, 25
            // November", "25 ноября, в среду".
            // Dates are sorted and do not overlap: only the neighbours can be close enough.
            const auto next = std::lower_bound(
                dates.begin(), dates.end(), d.end,
                [](const DateMention &date, qsizetype at) { return date.start < at; });
            bool attached = false;
            if (next != dates.end() && next->start - d.end <= 4) {
                next->weekday = weekday;
                attached = true;
            }
            if (next != dates.begin() && d.start >= std::prev(next)->end &&
                d.start - std::prev(next)->end <= 6) {
                std::prev(next)->weekday = weekday;
                attached = true;
            }
            if (attached)
                continue;
            d.kind = DateMention::Kind::Weekday;
            d.weekday = weekday;
        } else {
            d.kind = DateMention::Kind::Relative;
            d.dayOffset = word == u"yesterday" || word == u"вчера"   ? -1
                          : word == u"tomorrow" || word == u"завтра" ? 1
                                                                     : 0;
        }
        extra.append(d);
    }
    dates.append(extra);
    std::sort(dates.begin(), dates.end(),
              [](const DateMention &a, const DateMention &b) { return a.start < b.start; });
    return dates;
}

} // namespace entente::DateScanner
