#pragma once

#include "extract/phrasematcher.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace entente {

// The word lists of the press-release extractor, read once from resources/data/release/
// (keywords.tsv, titles.tsv, topics.tsv): each group is a PhraseMatcher whose entries index
// codes(). Keeping the words in data files keeps the rules in code general.
class ReleaseVocabulary
{
public:
    enum class Group {
        Format,
        NotFormat,
        SubEvent,
        Future,
        Past,
        Present,
        Postponed,
        Cancelled,
        Tone,
        ToneFrame,
        DocumentKind,
        DocumentAction,
        Publisher,
        Title,
        Topic,
    };

    struct TitleInfo
    {
        QString title; // canonical: "Minister of Foreign Affairs"; "counterpart" borrows one
        int rank = 0;
    };

    static const ReleaseVocabulary &instance();

    const PhraseMatcher &matcher(Group group) const { return m_matchers[int(group)]; }
    // The code of a match's entry: a format, a tone, a document kind, a topic name …
    QString code(Group group, int entry) const { return m_codes[int(group)].value(entry); }
    // Formats in order of precedence (the order of keywords.tsv).
    int formatPrecedence(const QString &code) const { return m_formatOrder.indexOf(code); }
    bool isNounTone(const QString &tone) const { return m_nounTones.contains(tone); }
    TitleInfo title(int entry) const { return m_titles.value(entry); }

private:
    ReleaseVocabulary();
    void add(Group group, const QString &code, const QString &pattern);

    static constexpr int groupCount = int(Group::Topic) + 1;
    PhraseMatcher m_matchers[groupCount];
    QList<QString> m_codes[groupCount];
    QStringList m_formatOrder;
    QSet<QString> m_nounTones;
    QList<TitleInfo> m_titles;
};

} // namespace entente
