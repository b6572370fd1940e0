#include "phrasematcher.h"

#include "domain/namefolding.h"

#include <QStringView>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace entente {

namespace {

constexpr qsizetype prefixKeyLength = 2;

} // namespace

bool PhraseMatcher::add(const QString &pattern, int entry)
{
    Pattern compiled;
    compiled.entry = entry;
    for (const QString &stepText : pattern.split(u' ', Qt::SkipEmptyParts)) {
        Step step;
        if (stepText != u"_") {
            for (const QString &alt : stepText.split(u'|', Qt::SkipEmptyParts)) {
                Alternative a;
                QString word = alt;
                if (word.startsWith(u'=')) {
                    a.exactCase = true;
                    word.remove(0, 1);
                }
                if (word.endsWith(u'*')) {
                    a.prefix = true;
                    word.chop(1);
                }
                a.word = a.exactCase ? word : NameFolding::fold(word);
                if (a.word.isEmpty())
                    continue;
                step.alternatives.append(a);
            }
            if (step.alternatives.isEmpty())
                return false;
        }
        compiled.steps.append(step);
    }
    if (compiled.steps.isEmpty() || compiled.steps.first().alternatives.isEmpty())
        return false;
    const int index = int(m_patterns.size());
    m_patterns.append(compiled);
    for (const Alternative &a : std::as_const(m_patterns.last().steps.first().alternatives))
        this->index(a, index);
    return true;
}

void PhraseMatcher::index(const Alternative &alternative, int pattern)
{
    const QString key =
        alternative.exactCase ? NameFolding::fold(alternative.word) : alternative.word;
    if (alternative.prefix && key.size() >= prefixKeyLength)
        m_byPrefix[key.left(prefixKeyLength)].append(pattern);
    else if (alternative.prefix)
        m_byPrefix[key].append(pattern);
    else
        m_byWord[key].append(pattern);
}

bool PhraseMatcher::stepMatches(const Step &step, const QString &text, const WordToken &word)
{
    if (step.alternatives.isEmpty())
        return true;
    for (const Alternative &a : step.alternatives) {
        if (a.exactCase) {
            const QStringView original = QStringView(text).mid(word.start, word.length());
            if (a.prefix ? original.startsWith(a.word) : original == a.word)
                return true;
        } else if (a.prefix ? word.folded.startsWith(a.word) : word.folded == a.word) {
            return true;
        }
    }
    return false;
}

std::optional<PhraseMatch> PhraseMatcher::matchAt(const QString &text,
                                                  const QList<WordToken> &words, qsizetype i,
                                                  qsizetype end) const
{
    if (i < 0 || i >= end || i >= words.size())
        return std::nullopt;
    end = std::min(end, words.size());
    const QString &folded = words.at(i).folded;
    QList<int> candidates = m_byWord.value(folded);
    if (folded.size() >= prefixKeyLength)
        candidates += m_byPrefix.value(folded.left(prefixKeyLength));
    if (!folded.isEmpty())
        candidates += m_byPrefix.value(folded.left(1));
    std::sort(candidates.begin(), candidates.end());

    std::optional<PhraseMatch> best;
    int previous = -1;
    for (const int p : std::as_const(candidates)) {
        if (p == previous)
            continue;
        previous = p;
        const Pattern &pattern = m_patterns.at(p);
        const qsizetype length = pattern.steps.size();
        if (i + length > end)
            continue;
        bool ok = true;
        for (qsizetype s = 0; s < length && ok; ++s)
            ok = stepMatches(pattern.steps.at(s), text, words.at(i + s));
        if (ok && (!best || length > best->last - best->first))
            best = PhraseMatch{pattern.entry, i, i + length};
    }
    return best;
}

QList<PhraseMatch> PhraseMatcher::findAll(const QString &text, const QList<WordToken> &words,
                                          qsizetype begin, qsizetype end) const
{
    QList<PhraseMatch> found;
    end = std::min(end, words.size());
    for (qsizetype i = std::max<qsizetype>(begin, 0); i < end;) {
        if (const auto match = matchAt(text, words, i, end)) {
            found.append(*match);
            i = match->last;
        } else {
            ++i;
        }
    }
    return found;
}

} // namespace entente
