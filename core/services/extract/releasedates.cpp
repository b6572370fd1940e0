#include "releasedates.h"

#include "extract/releasecontext.h"
#include "extract/releaseextractor.h"

#include <QCoreApplication>

#include <cstdlib>

using namespace Qt::StringLiterals;

namespace entente::ReleaseDates {

namespace {

constexpr int slackDays = 3; // a report may appear a few days after the meeting

bool future(const ReleaseContext &context)
{
    return context.tense == ReleaseContext::Tense::Future;
}

// A date mention is a document's date, not the meeting's: "the Treaty of 8 December 1999",
// "Соглашение от 25 ноября".
bool documentDate(const ReleaseText &text, qsizetype start)
{
    const QString before =
        text.text()
            .mid(std::max<qsizetype>(0, start - 8), std::min<qsizetype>(8, start))
            .trimmed()
            .toLower();
    return before.endsWith(u" of") || before.endsWith(u"dated") || before.endsWith(u" от") ||
           before == u"of" || before == u"от";
}

// "MOSCOW, November 25, 2009 –": a date near the start of the first paragraph followed by a dash
// or an agency's name is the dateline, the day of publication.
bool dateline(const ReleaseText &text, qsizetype sentence, const DateMention &d)
{
    for (qsizetype i = 0; i < text.sentences().size(); ++i) {
        if (text.sentences().at(i).headline)
            continue;
        if (i != sentence)
            return false;
        const ReleaseText::Sentence &s = text.sentences().at(i);
        const QString after = text.text().mid(s.start + d.end, 4).trimmed();
        return d.start < 30 && (after.startsWith(u'–') || after.startsWith(u'—') ||
                                after.startsWith(u'-') || after.startsWith(u'('));
    }
    return false;
}

} // namespace

int inferYear(int month, int day, QDate published, bool isFuture, int weekday, bool *weekdayMatched)
{
    int year = published.year();
    const QDate candidate(year, month, std::max(day, 1));
    if (!isFuture && candidate.isValid() && candidate > published.addDays(slackDays))
        --year;
    else if (isFuture && candidate.isValid() && candidate < published.addDays(-slackDays))
        ++year;
    if (weekdayMatched)
        *weekdayMatched = true;
    if (weekday == 0 || day == 0)
        return year;
    // Of the three candidate years, the one nearest the publication whose day has that weekday.
    int best = 0;
    qint64 bestDistance = 0;
    for (int y = published.year() - 1; y <= published.year() + 1; ++y) {
        const QDate d(y, month, day);
        if (!d.isValid() || d.dayOfWeek() != weekday)
            continue;
        const qint64 distance = std::abs(d.daysTo(published));
        if (best == 0 || distance < bestDistance) {
            best = y;
            bestDistance = distance;
        }
    }
    if (best == 0) {
        if (weekdayMatched)
            *weekdayMatched = false;
        return year;
    }
    return best;
}

void findPublication(ReleaseContext &context)
{
    const ReleaseText &text = context.text();
    if (context.publishedGiven) {
        context.addLineEvidence(
            u"published"_s, context.published.toString(Qt::ISODate), -1, -1, 1.0,
            ReleaseExtractor::tr("Given by the user; dates on the page are not used."));
        return;
    }
    // Stand-alone date lines, those above the body first.
    struct Candidate
    {
        QDate day;
        qsizetype start;
        qsizetype end;
        double confidence;
        QString note;
    };
    QList<Candidate> header;
    QList<Candidate> footer;
    bool bodySeen = false;
    for (const ReleaseText::Line &line : text.lines()) {
        if (line.kind == ReleaseText::LineKind::Body)
            bodySeen = true;
        if (line.kind != ReleaseText::LineKind::DateLine)
            continue;
        for (const DateMention &d : DateScanner::scan(text.lineText(line))) {
            const QDate day(d.year, d.month, d.day);
            if (d.kind != DateMention::Kind::Calendar || !d.hasYear() || d.isSpan() ||
                !day.isValid())
                continue;
            (bodySeen ? footer : header)
                .append({day, line.start, line.end, bodySeen ? 0.6 : 0.8,
                         ReleaseExtractor::tr("Read from a date line of the page.")});
            break;
        }
    }
    // The dateline that opens the first paragraph: "MOSCOW, November 25, 2009 –".
    for (const ReleaseText::Sentence &s : text.sentences()) {
        if (s.headline)
            continue;
        const QString opening = text.text().mid(s.start, std::min<qsizetype>(60, s.end - s.start));
        for (const DateMention &d : DateScanner::scan(opening)) {
            const QDate day(d.year, d.month, d.day);
            const QString after = opening.mid(d.end, 4).trimmed();
            if (d.kind == DateMention::Kind::Calendar && d.hasYear() && day.isValid() &&
                d.start < 30 &&
                (after.startsWith(u'–') || after.startsWith(u'—') || after.startsWith(u'-') ||
                 after.startsWith(u'(')))
                header.append(
                    {day, s.start + d.start, s.start + d.end, 0.7,
                     ReleaseExtractor::tr("Read from the dateline of the first paragraph.")});
        }
        break;
    }
    const QList<Candidate> &chosen = header.isEmpty() ? footer : header;
    if (chosen.isEmpty())
        return;
    const Candidate &c = chosen.first();
    context.published = c.day;
    context.addLineEvidence(u"published"_s, c.day.toString(Qt::ISODate), c.start, c.end,
                            c.confidence, c.note);
}

void findMeetingDate(ReleaseContext &context)
{
    const ReleaseText &text = context.text();
    Meeting &meeting = context.draft().meeting;
    const QDate published = context.published;
    for (const qsizetype index : context.readingOrder()) {
        const ReleaseText::Sentence &s = text.sentences().at(index);
        const QString sentence = text.text().mid(s.start, s.end - s.start);
        const QList<DateMention> mentions = DateScanner::scan(sentence);
        // A calendar date beats a weekday or "today" in the same sentence.
        const DateMention *pick = nullptr;
        for (const DateMention &d : mentions) {
            if (documentDate(text, s.start + d.start) || dateline(text, index, d))
                continue;
            if (d.kind == DateMention::Kind::Calendar) {
                pick = &d;
                break;
            }
            if (!pick)
                pick = &d;
        }
        if (!pick)
            continue;
        const DateMention &d = *pick;
        const double base = index == context.lead() ? 0.9 : s.headline ? 0.8 : 0.6;
        const QString field = u"start_date"_s;

        if (d.kind != DateMention::Kind::Calendar) {
            if (!published.isValid()) {
                context.addEvidence(
                    field, QString(), index, 0.0,
                    ReleaseExtractor::tr("The text gives the day only relative to its publication, "
                                         "and the publication date is not known: give it."),
                    u"no_publication_date"_s);
                return;
            }
            QDate day = published.addDays(d.dayOffset);
            if (d.kind == DateMention::Kind::Weekday) {
                // The last such weekday for a report, the next one for an announcement.
                const int shift = d.weekday - published.dayOfWeek();
                day = future(context) ? published.addDays((shift + 7) % 7)
                                      : published.addDays(-((7 - shift) % 7));
            }
            meeting.start = PartialDate::fromDate(day);
            context.addEvidence(field, day.toString(Qt::ISODate), index, base - 0.2,
                                ReleaseExtractor::tr("Resolved against the publication date."));
            return;
        }

        int year = d.year;
        bool weekdayMatched = true;
        QString note;
        QString flag;
        double confidence = base;
        if (year == 0) {
            if (!published.isValid()) {
                context.addEvidence(
                    field, QString(), index, 0.0,
                    ReleaseExtractor::tr("The date has no year and the publication date is not "
                                         "known: it is left empty rather than guessed."),
                    u"no_year"_s);
                return;
            }
            year =
                inferYear(d.month, d.day, published, future(context), d.weekday, &weekdayMatched);
            note = ReleaseExtractor::tr("The year is taken from the publication date.");
            confidence -= 0.1;
        } else if (d.weekday != 0 && d.day != 0) {
            const QDate day(year, d.month, d.day);
            weekdayMatched = day.isValid() && day.dayOfWeek() == d.weekday;
        }
        if (d.weekday != 0 && weekdayMatched) {
            confidence = std::min(1.0, confidence + 0.05);
        } else if (!weekdayMatched) {
            confidence -= 0.3;
            flag = u"weekday_mismatch"_s;
            note = ReleaseExtractor::tr("The weekday the text names does not fall on this date.");
        }
        const PartialDate start =
            d.day == 0 ? PartialDate::month(year, d.month) : PartialDate::day(year, d.month, d.day);
        PartialDate end;
        if (d.isSpan()) {
            const int endYear = d.endYear != 0 ? d.endYear : d.endMonth < d.month ? year + 1 : year;
            end = d.endDay == 0 ? PartialDate::month(endYear, d.endMonth)
                                : PartialDate::day(endYear, d.endMonth, d.endDay);
        }
        if (!start.isValid() ||
            (!end.isNull() && (!end.isValid() || end.lastDay() < start.firstDay())))
            continue;
        meeting.start = start;
        meeting.end = end;
        context.addEvidence(field, start.toIso(), index, confidence, note, flag);
        if (!end.isNull())
            context.addEvidence(u"end_date"_s, end.toIso(), index, confidence, note, flag);
        return;
    }
}

} // namespace entente::ReleaseDates
