#pragma once

#include "namefolding.h"

#include <QChar>
#include <QString>
#include <QStringView>
#include <QVarLengthArray>

// Internals that NameFolding's source files share: letterfolding.cpp (per-character folding),
// spellingvariants.cpp (match-key normaliser), romanisation.cpp (Cyrillic -> Latin) and
// latintocyrillic.cpp (Latin -> Cyrillic). Only core/text includes this header.
namespace entente::namefoldingdetail {

using Buf = QVarLengthArray<char16_t, 128>;

inline void appendAscii(Buf &out, const char *s)
{
    for (; *s; ++s)
        out.append(char16_t(*s));
}

inline QString toQString(const Buf &b)
{
    return QStringView(b.constData(), b.size()).toString();
}

// Lower-case ASCII letters after folding: the variant rules and Latin -> Cyrillic read them.
inline bool isVowel(char16_t c)
{
    return c == u'a' || c == u'e' || c == u'i' || c == u'o' || c == u'u' || c == u'y';
}

inline bool isConsonant(char16_t c)
{
    return c >= u'a' && c <= u'z' && !isVowel(c);
}

// letterfolding.cpp
// Diacritics that spelling variants add or omit freely (Latin accents, Russian stress marks, Hebrew
// points, Arabic harakat). Marks that carry a vowel in Indic and similar scripts are kept.
bool isOptionalMark(char32_t c);
// ASCII spelling of a Latin letter with a haček (š -> sh), or nullptr.
const char *caronDigraph(char32_t c);
// NameFolding::fold() appended to `out`.
void foldInto(QStringView text, Buf &out);
// fold() after spelling hačeks out, so that Šojgu and Žukov meet Shoigu and Zhukov.
void foldForKey(QStringView text, Buf &out);

// spellingvariants.cpp
// Appends the match key of one folded word.
void appendWordKey(QStringView word, Buf &out);

// romanisation.cpp
// Key spelling of a folded Cyrillic letter, or nullptr for any other character.
const char *keyLatin(char16_t c, bool eastSlavic);
bool isCyrillicLetter(QChar c);
// Stress accents in dictionaries and textbooks (Ла́вров) are not part of the spelling.
bool isStressMark(QChar c);
// Appends a run of Cyrillic letters and stress marks romanised by `scheme`, case kept.
void appendLatinWord(QStringView word, NameFolding::Scheme scheme, QString &out);

// latintocyrillic.cpp
bool isLatinLetter(QChar c);
bool isSoftSignApostrophe(char16_t c);
bool isHardSignApostrophe(char16_t c);
// Appends a Latin word spelled in Russian Cyrillic, case kept.
void appendCyrillicWord(QStringView word, QString &out);

enum class WordCase {
    Lower,
    Title,
    Upper
};

// How a word is capitalised, so that both transliteration directions can keep it.
template<typename IsWordLetter>
WordCase wordCase(QStringView word, IsWordLetter isWordLetter)
{
    qsizetype letters = 0;
    bool anyLower = false;
    for (QChar c : word) {
        if (!isWordLetter(c))
            continue;
        ++letters;
        anyLower = anyLower || c.isLower();
    }
    if (letters >= 2 && !anyLower)
        return WordCase::Upper;
    for (QChar c : word) {
        if (isWordLetter(c))
            return c.isUpper() ? WordCase::Title : WordCase::Lower;
    }
    return WordCase::Lower;
}

} // namespace entente::namefoldingdetail
