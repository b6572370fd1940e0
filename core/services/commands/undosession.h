#pragma once

#include "commands/changeset.h"
#include "domain/error.h"

#include <QHash>
#include <QObject>
#include <QUndoStack>

#include <memory>

namespace entente {

class Catalogue;
class CatalogueCommand;

// The edits of one open catalogue: its undo stack, and the signals views listen to. Every change
// a user makes goes through execute(); undo and redo go through stack().
class UndoSession : public QObject
{
    Q_OBJECT

public:
    explicit UndoSession(const Catalogue &catalogue, QObject *parent = nullptr);
    ~UndoSession() override;

    const Catalogue &catalogue() const { return m_catalogue; }
    QUndoStack *stack() { return &m_stack; }

    // Runs the command; when it succeeds it goes on the stack (into an open macro, if any) and
    // views hear of it. When it fails nothing was changed and the command is discarded.
    Status execute(std::unique_ptr<CatalogueCommand> command);
    // Several commands as one undo step ("add Sergey Lavrov to the delegation of Russia" =
    // create the person + change the delegation).
    void beginMacro(const QString &text) { m_stack.beginMacro(text); }
    void endMacro() { m_stack.endMacro(); }

    // The version each record has after the last command of this stack wrote it. Commands name
    // it when they write again, so undo and redo still detect a colleague's change in between.
    enum class Record {
        Meeting,
        Person
    };
    int knownVersion(Record record, qint64 id, int fallback) const;
    void setKnownVersion(Record record, qint64 id, int version);
    // The version now in the catalogue differs from the known one: someone else changed it.
    Status checkUnchanged(Record record, qint64 id, const QString &name) const;

    // Called by commands.
    void notifyChanged(const ChangeSet &changes);
    void notifyFailed(const QString &action, const Error &error);

Q_SIGNALS:
    void changed(const ChangeSet &changes);
    // Undo or redo of `action` could not be carried out (someone else changed the records); the
    // step was dropped from the stack and nothing was changed.
    void failed(const QString &action, const Error &error);

private:
    const Catalogue &m_catalogue;
    QUndoStack m_stack;
    QHash<qint64, int> m_versions[2]; // by Record
};

} // namespace entente
