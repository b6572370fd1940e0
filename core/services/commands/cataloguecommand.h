#pragma once

#include "commands/changeset.h"
#include "domain/error.h"

#include <QUndoCommand>

namespace entente {

class Catalogue;
class UndoSession;

// The base of every undoable edit: one user action, carried out by core services in one
// transaction. apply() does (and redoes) it, revert() undoes it; both leave the catalogue
// untouched when they fail. A redo or undo that fails (someone else changed the records in the
// meantime) is reported through the session and drops the step from the stack.
class CatalogueCommand : public QUndoCommand
{
public:
    ~CatalogueCommand() override;

    // The first run, before the command goes on the stack; see UndoSession::execute().
    Status execute();
    void redo() final;
    void undo() final;

    // What apply() and revert() touch.
    virtual ChangeSet changes() const = 0;

protected:
    CatalogueCommand(UndoSession &session, const QString &text);
    const Catalogue &catalogue() const;
    UndoSession &session() const { return m_session; }

    virtual Status apply() = 0;
    virtual Status revert() = 0;

private:
    UndoSession &m_session;
    bool m_skipRedo = false;
};

// “Joint meeting of the collegiums of the foreign…”: a title cut to fit an action text.
QString shortTitle(const QString &title);

} // namespace entente
