#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace entente {

// The single place that decides when two spellings of a name are "the same": search, editing,
// import and duplicate detection all call it so they agree. The rules are documented in
// docs/name-matching.md; change them there and here together, and re-key stored data when
// matchKey() changes.
class NameFolding
{
public:
    // Cyrillic -> Latin romanisation schemes.
    enum class Scheme {
        BgnPcgn,
        Iso9,
        Passport
    };

    NameFolding() = delete;

    // Same-script comparison form: case folded, Latin diacritics stripped, Ё -> Е but Й, Ў, Ї, Є,
    // Ґ, І kept, apostrophes dropped, other punctuation -> one space, trimmed. Idempotent.
    static QString fold(QStringView text);

    // Script-independent key: fold, romanise Cyrillic, then normalise romanisation variants so
    // that Lavrov / Лавров / Lavroff or Yuri / Yuriy / Iurii / Юрий give one key. Words keep their
    // order and are joined by single spaces.
    static QString matchKey(QStringView text);
    // The words of matchKey(): what a person is stored and looked up by, one key per word.
    static QStringList matchWords(QStringView text);

    // Whole-name comparison: equal word keys in any order, a patronymic or middle name present on
    // one side only, and initials ("S. Lavrov", "Lavrov S.") standing for a first name. Never true
    // for different surnames, nor for a lone word against a longer name.
    static bool namesMatch(QStringView a, QStringView b);

    // Cyrillic -> Latin by the given scheme, capitalisation kept per word, other text unchanged.
    static QString toLatin(QStringView text, Scheme scheme = Scheme::BgnPcgn);

    // Latin -> Russian Cyrillic, best effort, to propose a native spelling. Not used for matching.
    static QString toCyrillic(QStringView text);
};

} // namespace entente
