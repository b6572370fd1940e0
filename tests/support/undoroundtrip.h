#pragma once

#include <QString>
#include <QStringList>

#include <memory>

namespace entente {
class CatalogueCommand;
class UndoSession;
} // namespace entente

namespace entente::test {

// Runs a command through the session, then undo, redo, undo and redo again, comparing the whole
// catalogue each time: undo must give back exactly the content before, redo exactly the content
// after. Leaves the command done. Returns what went wrong, or an empty string.
QString undoRoundTrip(UndoSession &session, std::unique_ptr<CatalogueCommand> command,
                      QStringList *before = nullptr, QStringList *after = nullptr);

} // namespace entente::test
