#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace entente {

// Counts by category and series: meetings per year (categories) by counterpart country (series).
struct SeriesCounts
{
    QStringList categories;
    QStringList series;
    QList<QList<int>> values; // values[series][category]
    bool lastIsOther = false; // the last series gathers the rest ("Other countries")

    int total(qsizetype category) const
    {
        int sum = 0;
        for (const QList<int> &row : values)
            sum += row.value(category);
        return sum;
    }
    bool isEmpty() const { return categories.isEmpty() || series.isEmpty(); }
};

// One count per label: the most frequent topics, largest first.
struct LabelledCounts
{
    QStringList labels;
    QList<int> values;

    bool isEmpty() const { return labels.isEmpty(); }
};

} // namespace entente
