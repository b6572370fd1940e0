#include "undoroundtrip.h"

#include "cataloguedump.h"
#include "commands/cataloguecommand.h"
#include "commands/undosession.h"

using namespace Qt::StringLiterals;

namespace entente::test {

QString undoRoundTrip(UndoSession &session, std::unique_ptr<CatalogueCommand> command,
                      QStringList *beforeOut, QStringList *afterOut)
{
    const QStringList before = dumpCatalogue(session.catalogue());
    const QString text = command->text();
    if (Status s = session.execute(std::move(command)); !s)
        return u"“%1” failed: %2 (%3)"_s.arg(text, s.error().message, s.error().detail);
    const QStringList after = dumpCatalogue(session.catalogue());
    if (after == before)
        return u"“%1” changed nothing"_s.arg(text);
    if (session.stack()->undoText() != text)
        return u"the stack offers to undo “%1”, not “%2”"_s.arg(session.stack()->undoText(), text);

    QUndoStack *stack = session.stack();
    const int count = stack->count();
    for (int round = 1; round <= 2; ++round) {
        stack->undo();
        if (stack->count() != count)
            return u"undo %1 of “%2” was dropped from the stack"_s.arg(round).arg(text);
        if (const QStringList now = dumpCatalogue(session.catalogue()); now != before)
            return u"undo %1 of “%2” left a different catalogue:\n%3"_s.arg(round).arg(
                text, dumpDifference(before, now));
        stack->redo();
        if (stack->count() != count)
            return u"redo %1 of “%2” was dropped from the stack"_s.arg(round).arg(text);
        if (const QStringList now = dumpCatalogue(session.catalogue()); now != after)
            return u"redo %1 of “%2” left a different catalogue:\n%3"_s.arg(round).arg(
                text, dumpDifference(after, now));
    }
    if (beforeOut)
        *beforeOut = before;
    if (afterOut)
        *afterOut = after;
    return {};
}

} // namespace entente::test
