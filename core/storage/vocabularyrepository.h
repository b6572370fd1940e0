#pragma once

#include "error.h"

#include <QHash>
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

private:
    const Catalogue &m_catalogue;
};

} // namespace entente
