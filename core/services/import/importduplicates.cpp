#include "importduplicates.h"

#include "storage/duplicatefinder.h"

namespace entente {

namespace {

QString partiesKey(const Meeting &m)
{
    QStringList codes;
    for (const Party &p : m.parties)
        codes.append(p.country);
    codes.sort();
    return codes.join(u',');
}

bool checkable(const Meeting &m)
{
    return m.parentId == 0 && m.start.isValid() && !m.parties.isEmpty();
}

// A return visit shows in the rows between its two legs; a tour's legs are next to each other in
// the file, so only this many rows after the earlier leg are looked at.
constexpr qsizetype returnVisitRows = 50;

// Spans of imported meetings longer than this are not looked back for: a long span is rare, and
// the bound keeps the look-up a range of the map.
constexpr int longestSpanDays = 62;

} // namespace

Result<QList<MeetingSummary>> ImportDuplicates::find(const Meeting &meeting) const
{
    if (!checkable(meeting))
        return QList<MeetingSummary>();
    const QDate first = meeting.start.firstDay().addDays(-1);
    const QDate last = meeting.effectiveEnd().lastDay().addDays(1);
    const auto imported = m_imported.constFind(partiesKey(meeting));
    if (imported != m_imported.cend()) {
        const DuplicateRule::Facts facts = DuplicateRule::of(meeting);
        for (auto it = imported->lowerBound(first.addDays(-longestSpanDays));
             it != imported->cend() && it.key() <= last; ++it) {
            if (it->last < first)
                continue;
            const DuplicateRule::Facts &known = m_order.at(it->order);
            if (const int reasons = DuplicateRule::compare(facts, known);
                reasons != 0 && !returnsAfterElsewhere(it->order, facts)) {
                MeetingSummary earlier;
                earlier.title = known.title;
                earlier.start = known.start;
                earlier.place = known.place;
                earlier.duplicateReasons = reasons;
                return QList<MeetingSummary>{earlier};
            }
        }
    }
    if (!m_lookInCatalogue)
        return QList<MeetingSummary>();
    Meeting candidate = meeting;
    candidate.id = 0;
    return DuplicateFinder(m_catalogue).probableDuplicates(candidate);
}

bool ImportDuplicates::returnsAfterElsewhere(qsizetype earlier,
                                             const DuplicateRule::Facts &later) const
{
    const qsizetype end = std::min(m_order.size(), earlier + 1 + returnVisitRows);
    for (qsizetype i = earlier + 1; i < end; ++i) {
        if (DuplicateRule::isReturnVisit(m_order.at(earlier), later, m_order.at(i)))
            return true;
    }
    return false;
}

void ImportDuplicates::remember(const Meeting &meeting)
{
    if (!checkable(meeting))
        return;
    m_imported[partiesKey(meeting)].insert(meeting.start.firstDay(),
                                           {meeting.effectiveEnd().lastDay(), m_order.size()});
    m_order.append(DuplicateRule::of(meeting));
}

} // namespace entente
