#pragma once

#include "extract/wordtoken.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace entente {

// A match of one pattern over words [first, last).
struct PhraseMatch
{
    int entry = -1; // what the caller registered the pattern as
    qsizetype first = 0;
    qsizetype last = 0;
};

// Finds word patterns (the syntax of resources/data/release/keywords.tsv: `word`, `stem*`,
// `a|b`, `_`, `=Exact`) in tokenised text. Patterns are indexed by their first word, so a
// sentence costs a hash look-up per word whatever the number of patterns, and matching never
// backtracks beyond the length of one pattern.
class PhraseMatcher
{
public:
    // False when the pattern is empty or starts with `_` (it could not be indexed).
    bool add(const QString &pattern, int entry);
    bool isEmpty() const { return m_patterns.isEmpty(); }

    // The longest pattern matching at word `i` (ties: the first added), within words [i, end).
    std::optional<PhraseMatch> matchAt(const QString &text, const QList<WordToken> &words,
                                       qsizetype i, qsizetype end) const;
    // Leftmost-longest matches in [begin, end), not overlapping.
    QList<PhraseMatch> findAll(const QString &text, const QList<WordToken> &words, qsizetype begin,
                               qsizetype end) const;

private:
    struct Alternative
    {
        QString word;
        bool prefix = false;
        bool exactCase = false;
    };
    struct Step
    {
        QList<Alternative> alternatives; // empty: any word
    };
    struct Pattern
    {
        QList<Step> steps;
        int entry = -1;
    };

    static bool stepMatches(const Step &step, const QString &text, const WordToken &word);
    void index(const Alternative &alternative, int pattern);

    QList<Pattern> m_patterns;
    QHash<QString, QList<int>> m_byWord;   // first step, whole word
    QHash<QString, QList<int>> m_byPrefix; // first step, stems by their first two letters
};

} // namespace entente
