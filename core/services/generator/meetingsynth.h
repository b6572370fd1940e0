#pragma once

#include "domain/meeting.h"
#include "generator/syntheticworld.h"

#include <QDateTime>
#include <QHash>
#include <QList>

namespace entente {

// One synthetic meeting as made, before it is written. What refers to other meetings or
// documents (the parent of a sub-event, the targets of document links) is given by ordinal, the
// position among the meetings or documents made so far: the ids are only known once written.
struct GeneratedMeeting
{
    Meeting meeting; // parentId and link targets left 0
    qint64 parentOrdinal = -1;
    // For each document of the meeting, its links as (relation, ordinal of the target document).
    QList<QList<std::pair<DocumentRelation, qint64>>> links;
};

// Makes the meetings of a synthetic catalogue, in order, from the world and the seed: dyads and
// ministers drawn by activity (a few far busier than the rest), dates over 1990–2026 growing
// denser with the years, at day, month or year precision, multi-day visits with sub-events,
// 2–12 delegation members per side, 1–5 topics, 0–3 documents, a summary, and a source text on
// about one meeting in ten. Made on one thread; deterministic for a given seed.
class MeetingSynth
{
public:
    // `personIds` and `topicIds`: the ids the world's people and SyntheticPhrases::topics()
    // received, by index. `total` meetings in all, sub-events included.
    MeetingSynth(const SyntheticWorld &world, QList<qint64> personIds, QList<qint64> topicIds,
                 quint64 seed, qint64 total);

    // The next meetings, up to `count`; fewer (or none) at the end.
    QList<GeneratedMeeting> next(int count);
    qint64 made() const { return m_made; }
    qint64 total() const { return m_total; }
    // When the synthetic records claim to have been entered: fixed by the seed.
    static QDateTime createdBase(quint64 seed);

private:
    struct Dyad
    {
        int first = 0;  // host, when there is one
        int second = 0; // guest
    };
    void makeVisit(QList<GeneratedMeeting> &out);
    PartialDate drawStart();
    Delegation delegation(int country, QDate day, int members, bool deputyHeads, QString *headName);
    QList<TopicRef> drawTopics();
    void addDocuments(GeneratedMeeting &g, const Dyad &dyad, const QList<TopicRef> &topics);
    QString summary(const Dyad &dyad, const QList<TopicRef> &topics, const QString &tone,
                    const QString &city, int year, const QString &headA, const QString &headB);
    Source source(const Meeting &m, const Dyad &dyad, const QList<TopicRef> &topics,
                  const QString &headA, const QString &headB);
    void stamp(Meeting &m);

    const SyntheticWorld &m_world;
    QList<qint64> m_personIds;
    QList<qint64> m_topicIds;
    SeededRandom m_random;
    qint64 m_total;
    qint64 m_made = 0;
    qint64 m_documents = 0;
    QDateTime m_createdBase;
    WeightedPick m_years;
    WeightedPick m_formats;
    WeightedPick m_kinds;
    WeightedPick m_topicPick;
    QList<int> m_topicOrder; // topic index by popularity rank
    // Per dyad (lower code index * 1000 + higher): the last programme signed, by ordinal.
    QHash<int, std::pair<qint64, QDate>> m_programmes;
};

} // namespace entente
