#include "cataloguecommand.h"

#include "commands/undosession.h"

using namespace Qt::StringLiterals;

namespace entente {

CatalogueCommand::CatalogueCommand(UndoSession &session, const QString &text)
    : QUndoCommand(text)
    , m_session(session)
{}

CatalogueCommand::~CatalogueCommand() = default;

const Catalogue &CatalogueCommand::catalogue() const
{
    return m_session.catalogue();
}

Status CatalogueCommand::execute()
{
    Status s = apply();
    m_skipRedo = s.ok();
    return s;
}

void CatalogueCommand::redo()
{
    if (m_skipRedo) { // QUndoStack::push() redoes what execute() just did
        m_skipRedo = false;
        return;
    }
    if (Status s = apply(); !s) {
        setObsolete(true);
        m_session.notifyFailed(text(), s.error());
        return;
    }
    m_session.notifyChanged(changes());
}

void CatalogueCommand::undo()
{
    if (Status s = revert(); !s) {
        setObsolete(true);
        m_session.notifyFailed(text(), s.error());
        return;
    }
    m_session.notifyChanged(changes());
}

QString shortTitle(const QString &title)
{
    constexpr qsizetype limit = 40;
    const QString simplified = title.simplified();
    if (simplified.size() <= limit)
        return simplified;
    QString cut = simplified.left(limit);
    if (const qsizetype space = cut.lastIndexOf(u' '); space > limit / 2)
        cut.truncate(space);
    return cut % u'…';
}

} // namespace entente
