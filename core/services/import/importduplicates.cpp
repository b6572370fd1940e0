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
            if (const int reasons = DuplicateRule::compare(facts, it->facts); reasons != 0) {
                MeetingSummary earlier;
                earlier.title = it->facts.title;
                earlier.start = it->facts.start;
                earlier.place = it->facts.place;
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

void ImportDuplicates::remember(const Meeting &meeting)
{
    if (checkable(meeting))
        m_imported[partiesKey(meeting)].insert(
            meeting.start.firstDay(),
            {meeting.effectiveEnd().lastDay(), DuplicateRule::of(meeting)});
}

} // namespace entente
