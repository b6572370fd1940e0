#pragma once

#include "commands/cataloguecommand.h"
#include "storage/vocabularyrepository.h"

#include <QCoreApplication>

namespace entente {

// Adds a meeting format, a document kind or a document action. Undo removes it again.
class AddVocabularyEntryCommand : public CatalogueCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddVocabularyEntryCommand)

public:
    AddVocabularyEntryCommand(UndoSession &session, VocabularyRepository::Kind kind,
                              const QString &code, const QString &label);
    ChangeSet changes() const override;

protected:
    Status apply() override;
    Status revert() override;

private:
    VocabularyRepository::Kind m_kind;
    QString m_code;
    QString m_label;
};

} // namespace entente
