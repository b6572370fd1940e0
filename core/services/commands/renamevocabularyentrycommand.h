#pragma once

#include "commands/cataloguecommand.h"
#include "storage/vocabularyrepository.h"

#include <QCoreApplication>

namespace entente {

// Gives a vocabulary entry a new label; its code, which files and meetings use, stays.
class RenameVocabularyEntryCommand : public CatalogueCommand
{
    Q_DECLARE_TR_FUNCTIONS(RenameVocabularyEntryCommand)

public:
    RenameVocabularyEntryCommand(UndoSession &session, VocabularyRepository::Kind kind,
                                 const QString &code, const QString &oldLabel,
                                 const QString &newLabel);
    ChangeSet changes() const override;

protected:
    Status apply() override;
    Status revert() override;

private:
    VocabularyRepository::Kind m_kind;
    QString m_code;
    QString m_label;
    VocabularyRepository::Entry m_before; // as stored, read on the first apply()
    bool m_read = false;
};

} // namespace entente
