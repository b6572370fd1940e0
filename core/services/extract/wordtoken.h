#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace entente {

// One word of a release: letters, digits and marks, with inner apostrophes kept (O'Neill) and an
// English possessive 's left out (Belarus's). Hyphens and other punctuation separate words, so
// "российско-белорусские" is two words. Offsets point into the release text as given.
struct WordToken
{
    qsizetype start = 0;
    qsizetype end = 0; // one past the last character
    QString folded;    // NameFolding::fold of the word: the form patterns are matched against
    bool capitalised = false; // first letter upper case
    bool allCaps = false;     // every letter upper case, at least two letters
    bool number = false;      // digits only
    bool dotAfter = false;    // a '.' follows right after the word (initials, abbreviations)

    qsizetype length() const { return end - start; }
};

// Splits `text[from, to)` into words.
QList<WordToken> tokenizeWords(const QString &text, qsizetype from, qsizetype to);

} // namespace entente
