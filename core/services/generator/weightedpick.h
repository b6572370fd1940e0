#pragma once

#include "generator/seededrandom.h"

#include <QList>
#include <QtGlobal>

#include <algorithm>

namespace entente {

// Draws an index with probability proportional to integer weights: exact arithmetic, so the
// draws are the same everywhere.
class WeightedPick
{
public:
    WeightedPick() = default;
    explicit WeightedPick(const QList<quint64> &weights)
    {
        quint64 total = 0;
        m_cumulative.reserve(weights.size());
        for (quint64 w : weights) {
            total += w;
            m_cumulative.append(total);
        }
    }

    // Zipf-like weights 1/(rank + 1) for `count` ranks: a few very frequent, a long tail.
    static WeightedPick zipf(qsizetype count)
    {
        QList<quint64> weights;
        weights.reserve(count);
        for (qsizetype rank = 0; rank < count; ++rank)
            weights.append((quint64(1) << 40) / quint64(rank + 1));
        return WeightedPick(weights);
    }

    qsizetype size() const { return m_cumulative.size(); }

    qsizetype draw(SeededRandom &random) const
    {
        const quint64 x = random.below(m_cumulative.constLast());
        return std::upper_bound(m_cumulative.cbegin(), m_cumulative.cend(), x) -
               m_cumulative.cbegin();
    }

private:
    QList<quint64> m_cumulative;
};

} // namespace entente
