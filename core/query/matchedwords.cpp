#include "matchedwords.h"

#include "domain/namefolding.h"
#include "domain/searchkeys.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace entente {

MatchedWords::MatchedWords(const SearchQuery &query)
{
    collect(query.root);
}

void MatchedWords::collect(const SearchNode &node)
{
    switch (node.kind) {
    case SearchNode::Kind::All:
    case SearchNode::Kind::Not:
        return;
    case SearchNode::Kind::And:
    case SearchNode::Kind::Or:
        for (const SearchNode &child : node.children)
            collect(child);
        return;
    case SearchNode::Kind::Term:
        break;
    }
    const SearchTerm &term = node.term;
    if (term.field != SearchField::Text)
        return;
    const QStringList words = term.exact
                                  ? NameFolding::fold(term.value).split(u' ', Qt::SkipEmptyParts)
                                  : SearchKeys::words(term.value);
    for (qsizetype i = 0; i < words.size(); ++i) {
        // Only the last word of a prefix term is a prefix.
        const bool prefix = term.prefix && i == words.size() - 1;
        if (prefix)
            (term.exact ? m_exactPrefixes : m_prefixes).append(words[i]);
        else
            (term.exact ? m_exact : m_keys).insert(words[i]);
    }
}

bool MatchedWords::matches(const QString &word) const
{
    if (!m_exact.isEmpty() || !m_exactPrefixes.isEmpty()) {
        const QString folded = NameFolding::fold(word);
        if (m_exact.contains(folded))
            return true;
        for (const QString &p : m_exactPrefixes) {
            if (folded.startsWith(p))
                return true;
        }
    }
    if (m_keys.isEmpty() && m_prefixes.isEmpty())
        return false;
    // A written word may fold into several (S.V.): any of them matching marks it.
    for (const QString &key : SearchKeys::words(word)) {
        if (m_keys.contains(key))
            return true;
        for (const QString &p : m_prefixes) {
            if (key.startsWith(p))
                return true;
        }
    }
    return false;
}

QList<MatchedWords::Span> MatchedWords::spans(const QString &text) const
{
    QList<Span> found;
    if (isEmpty())
        return found;
    // Words as NameFolding reads them: letters, digits and marks, apostrophes inside.
    static const QRegularExpression word(u"[\\p{L}\\p{N}\\p{M}]+(?:['’][\\p{L}\\p{N}\\p{M}]+)*"_s);
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (matches(m.captured()))
            found.append({m.capturedStart(), m.capturedLength()});
    }
    return found;
}

QString MatchedWords::marked(const QString &text, const QString &open, const QString &close) const
{
    QString html;
    qsizetype at = 0;
    for (const Span &s : spans(text)) {
        html += text.mid(at, s.start - at).toHtmlEscaped() + open +
                text.mid(s.start, s.length).toHtmlEscaped() + close;
        at = s.start + s.length;
    }
    return html + text.mid(at).toHtmlEscaped();
}

} // namespace entente
