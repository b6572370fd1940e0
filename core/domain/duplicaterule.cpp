#include "duplicaterule.h"

#include "domain/namefolding.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace entente {

namespace {

// The words of a title that say what it is about: folded, three letters or more.
QSet<QString> titleWords(const QString &title)
{
    QSet<QString> words;
    const QString folded = NameFolding::fold(title);
    for (const QStringView word : QStringView(folded).split(u' ', Qt::SkipEmptyParts)) {
        if (word.size() >= 3)
            words.insert(word.toString());
    }
    return words;
}

// Half of all the words of both titles shared: "Talks with Lavrov" and "Talks with Lavrov in
// Moscow" are one; "Visit to Frankfurt, Bonn" and "Visit to Berlin" are not.
bool similarTitles(const QString &a, const QString &b)
{
    const QSet<QString> left = titleWords(a);
    const QSet<QString> right = titleWords(b);
    if (left.isEmpty() || right.isEmpty())
        return false;
    const qsizetype shared = QSet<QString>(left).intersect(right).size();
    const qsizetype all = QSet<QString>(left).unite(right).size();
    return shared * 2 >= all;
}

} // namespace

DuplicateRule::Facts DuplicateRule::of(const Meeting &meeting)
{
    Facts facts{meeting.title, meeting.start,  meeting.effectiveEnd(),
                meeting.place, meeting.format, {}};
    for (const Party &p : meeting.parties)
        facts.parties.append(p.country);
    return facts;
}

int DuplicateRule::compare(const Facts &candidate, const Facts &other)
{
    if (candidate.parties.isEmpty() || !candidate.start.isValid() || !other.start.isValid())
        return 0;
    if (QSet<QString>(candidate.parties.cbegin(), candidate.parties.cend()) !=
        QSet<QString>(other.parties.cbegin(), other.parties.cend()))
        return 0;
    const auto lastOf = [](const Facts &f) {
        return (f.end.isValid() ? f.end : f.start).lastDay();
    };
    const QDate aFirst = candidate.start.firstDay();
    const QDate bFirst = other.start.firstDay();
    const QDate aLast = lastOf(candidate);
    const QDate bLast = lastOf(other);
    if (aFirst > bLast.addDays(1) || bFirst > aLast.addDays(1))
        return 0;
    int reasons = SameParties;
    if (aFirst <= bLast && bFirst <= aLast)
        reasons |= OverlappingDates;

    const QString aPlace = NameFolding::fold(candidate.place);
    const QString bPlace = NameFolding::fold(other.place);
    if (!aPlace.isEmpty() && !bPlace.isEmpty()) {
        if (aPlace != bPlace)
            return 0;
        reasons |= SamePlace;
    }
    if (!candidate.format.isEmpty() && !other.format.isEmpty()) {
        if (candidate.format != other.format)
            return 0;
        reasons |= SameFormat;
    }
    if (similarTitles(candidate.title, other.title))
        reasons |= SimilarTitle;

    const bool one = (reasons & SamePlace) || (reasons & SimilarTitle) ||
                     ((reasons & OverlappingDates) && (reasons & SameFormat));
    return one ? reasons : 0;
}

bool DuplicateRule::isReturnVisit(const Facts &earlier, const Facts &later, const Facts &between)
{
    const auto lastOf = [](const Facts &f) {
        return (f.end.isValid() ? f.end : f.start).lastDay();
    };
    if (!earlier.start.isValid() || !later.start.isValid() || !between.start.isValid())
        return false;
    if (earlier.start.firstDay() == later.start.firstDay() && lastOf(earlier) == lastOf(later))
        return false;
    const QString place = NameFolding::fold(later.place);
    const QString elsewhere = NameFolding::fold(between.place);
    if (place.isEmpty() || elsewhere.isEmpty() || place == elsewhere)
        return false;
    const bool sharesAParty =
        std::any_of(between.parties.cbegin(), between.parties.cend(),
                    [&](const QString &p) { return later.parties.contains(p); });
    if (!sharesAParty)
        return false;
    const QDate from = std::min(earlier.start.firstDay(), later.start.firstDay());
    const QDate to = std::max(lastOf(earlier), lastOf(later));
    return between.start.firstDay() >= from && lastOf(between) <= to;
}

QStringList DuplicateRule::codes(int reasons)
{
    QStringList codes;
    if (reasons & SameParties)
        codes.append(u"same_parties"_s);
    if (reasons & SamePlace)
        codes.append(u"same_place"_s);
    if (reasons & OverlappingDates)
        codes.append(u"overlapping_dates"_s);
    if (reasons & SimilarTitle)
        codes.append(u"similar_title"_s);
    if (reasons & SameFormat)
        codes.append(u"same_format"_s);
    return codes;
}

QString DuplicateRule::describe(int reasons)
{
    QStringList words;
    if (reasons & SameParties)
        words.append(tr("same parties"));
    if (reasons & SamePlace)
        words.append(tr("same place"));
    words.append((reasons & OverlappingDates) ? tr("overlapping dates") : tr("within a day"));
    if (reasons & SimilarTitle)
        words.append(tr("similar title"));
    if (reasons & SameFormat)
        words.append(tr("same format"));
    return words.join(u", "_s);
}

} // namespace entente
