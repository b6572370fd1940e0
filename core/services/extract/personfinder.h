#pragma once

#include "extract/releasetext.h"

#include <QList>
#include <QString>

namespace entente {

// A person the release names: "Belarusian Foreign Minister Sergey Martynov", "Министр
// иностранных дел России С.В.Лавров", "Sergey Lavrov, Minister of Foreign Affairs of Russia",
// "his Kazakh counterpart", or a post with no name ("the Minister of Foreign Affairs of India").
struct PersonMention
{
    QString name;        // as written; empty for a post with no name
    QString nominative;  // the name with Russian words put back into the nominative
    qsizetype start = 0; // span of the whole mention (title and name) in the text
    qsizetype end = 0;
    QString title; // canonical ("Minister of Foreign Affairs"), "counterpart", or empty
    int rank = 0;
    QString country;        // ISO alpha-3 from the words around the title, or empty
    qsizetype sentence = 0; // index into ReleaseText::sentences()
};

// Finds people by the titles that introduce them (resources/data/release/titles.tsv), with the
// country the title names before or after it and the name before or after that. Names are runs
// of capitalised words and initials (S.V. Lavrov, С.В.Лавров), at most four words.
class PersonFinder
{
public:
    explicit PersonFinder(const ReleaseText &text);

    QList<PersonMention> titled(qsizetype sentence) const;
    // Runs of two to four capitalised words that no title introduces, for looking up in the
    // catalogue: "Sergey Lavrov and Sergey Martynov held talks".
    QList<PersonMention> untitledNames(qsizetype sentence, const QList<PersonMention> &known) const;

private:
    // A name starting at word i (forwards) or ending just before word i (backwards): the words
    // [first, last), or first == last when there is none.
    std::pair<qsizetype, qsizetype> nameAfter(qsizetype i, qsizetype end) const;
    std::pair<qsizetype, qsizetype> nameBefore(qsizetype i, qsizetype begin) const;
    bool nameWord(qsizetype i) const;
    bool joined(qsizetype a, qsizetype b) const; // only spaces, dots or a hyphen between
    QString between(qsizetype a, qsizetype b) const;
    PersonMention mention(qsizetype sentence, qsizetype nameFirst, qsizetype nameLast,
                          qsizetype spanFirst, qsizetype spanLast, const QString &titleWord) const;

    const ReleaseText &m_text;
};

} // namespace entente
