#pragma once

#include "query/searchquery.h"

#include <QList>
#include <QSet>
#include <QString>

namespace entente {

// Which words of a text the free-text terms of a query matched, by the same search keys the
// index uses (SearchKeys), so the window can mark the spelling that matched: a search for
// Лавров marks "Lavrov" and "Лаврова"; =Sergei marks "Sergei" only. Terms under a NOT mark
// nothing. A phrase marks each of its words.
class MatchedWords
{
public:
    struct Span
    {
        qsizetype start = 0;
        qsizetype length = 0;
        friend bool operator==(const Span &, const Span &) = default;
    };

    MatchedWords() = default;
    explicit MatchedWords(const SearchQuery &query);

    bool isEmpty() const { return m_keys.isEmpty() && m_prefixes.isEmpty() && m_exact.isEmpty(); }
    // The matched words of `text`, in order.
    QList<Span> spans(const QString &text) const;
    // `text` as HTML, the matched words between `open` and `close`, the rest escaped.
    QString marked(const QString &text, const QString &open, const QString &close) const;

private:
    void collect(const SearchNode &node);
    bool matches(const QString &word) const;

    QSet<QString> m_keys;
    QList<QString> m_prefixes;
    QSet<QString> m_exact; // folded
    QList<QString> m_exactPrefixes;
};

} // namespace entente
