#include "addvocabularyentrycommand.h"

namespace entente {

namespace {

QString describe(VocabularyRepository::Kind kind, const QString &label)
{
    switch (kind) {
    case VocabularyRepository::Kind::Format:
        return AddVocabularyEntryCommand::tr("add format “%1”").arg(label);
    case VocabularyRepository::Kind::DocumentKind:
        return AddVocabularyEntryCommand::tr("add document kind “%1”").arg(label);
    case VocabularyRepository::Kind::DocumentAction:
        return AddVocabularyEntryCommand::tr("add document action “%1”").arg(label);
    }
    return label;
}

} // namespace

AddVocabularyEntryCommand::AddVocabularyEntryCommand(UndoSession &session,
                                                     VocabularyRepository::Kind kind,
                                                     const QString &code, const QString &label)
    : CatalogueCommand(session, describe(kind, shortTitle(label)))
    , m_kind(kind)
    , m_code(code)
    , m_label(label)
{}

Status AddVocabularyEntryCommand::apply()
{
    return VocabularyRepository(catalogue()).add(m_kind, m_code, m_label);
}

Status AddVocabularyEntryCommand::revert()
{
    return VocabularyRepository(catalogue()).remove(m_kind, m_code);
}

ChangeSet AddVocabularyEntryCommand::changes() const
{
    ChangeSet changes;
    changes.vocabulary = true;
    return changes;
}

} // namespace entente
