#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace entente {

// The words of free text as the full-text index holds them and a free-text search looks them up:
// one key per word, the same for the spellings of a word in either script and in the usual
// romanisations (NameFolding::matchKey), and for the case forms of Russian names (Лаврова,
// Лавровым and Lavrov give one key). Common English and Russian words, and any word whose key
// is also a common word's, keep their own spelling instead, so that "on" does not find "он"
// nor "god" find "год". The rules are in docs/name-matching.md ("Search keys"); stored indexes
// are rebuilt when they change.
class SearchKeys
{
public:
    SearchKeys() = delete;

    // The keys of the words of `text`, in order, joined by single spaces.
    static QString of(QStringView text);
    // The same keys, one per word.
    static QStringList words(QStringView text);
    // Whether `word` is one of the common words that only ever match their own spelling.
    static bool isCommon(QStringView word);
};

} // namespace entente
