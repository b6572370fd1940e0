#pragma once

#include "domain/error.h"

#include <QHash>
#include <QList>
#include <QString>

namespace entente {

class Catalogue;

// The extensible vocabularies: meeting formats, document kinds and document actions.
class VocabularyRepository
{
public:
    enum class Kind {
        Format,
        DocumentKind,
        DocumentAction
    };

    explicit VocabularyRepository(const Catalogue &catalogue)
        : m_catalogue(catalogue)
    {}

    // Code -> label in the UI language (built-in labels are translated; analysts' own are not).
    Result<QHash<QString, QString>> labels(Kind kind) const;

    struct Entry
    {
        QString code;
        QString label; // as shown: translated when built in and never renamed
        bool builtin = false;
        friend bool operator==(const Entry &, const Entry &) = default;
    };
    // Every entry of a vocabulary, in code order.
    Result<QList<Entry>> entries(Kind kind) const;
    // Adds an entry; the code is a lowercase token ("round_table"), unique in its vocabulary.
    Status add(Kind kind, const QString &code, const QString &label);
    // The entry as stored: a built-in label untranslated.
    Result<Entry> storedEntry(Kind kind, const QString &code) const;
    // Gives an entry a new label. A renamed built-in entry is no longer translated, unless
    // `builtin` (undo gives a built-in entry its own label back).
    Status rename(Kind kind, const QString &code, const QString &label, bool builtin = false);
    // Removes an entry no meeting or document uses (for undoing an addition).
    Status remove(Kind kind, const QString &code);
    // A code for a new entry labelled `label`: its words in lowercase ASCII joined by '_'.
    static QString codeFor(const QString &label);

private:
    const Catalogue &m_catalogue;
};

} // namespace entente
