#include "renamevocabularyentrycommand.h"

namespace entente {

RenameVocabularyEntryCommand::RenameVocabularyEntryCommand(UndoSession &session,
                                                           VocabularyRepository::Kind kind,
                                                           const QString &code,
                                                           const QString &oldLabel,
                                                           const QString &newLabel)
    : CatalogueCommand(session,
                       tr("rename “%1” to “%2”").arg(shortTitle(oldLabel), shortTitle(newLabel)))
    , m_kind(kind)
    , m_code(code)
    , m_label(newLabel)
{}

Status RenameVocabularyEntryCommand::apply()
{
    VocabularyRepository repository(catalogue());
    if (!m_read) {
        auto before = repository.storedEntry(m_kind, m_code);
        if (!before)
            return before.error();
        m_before = *before;
        m_read = true;
    }
    return repository.rename(m_kind, m_code, m_label);
}

Status RenameVocabularyEntryCommand::revert()
{
    return VocabularyRepository(catalogue())
        .rename(m_kind, m_code, m_before.label, m_before.builtin);
}

ChangeSet RenameVocabularyEntryCommand::changes() const
{
    ChangeSet changes;
    changes.vocabulary = true;
    return changes;
}

} // namespace entente
