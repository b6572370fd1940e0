#include "addsubeventcommand.h"

namespace entente {

AddSubEventCommand::AddSubEventCommand(UndoSession &session, const Meeting &parent,
                                       const QString &title, const QString &format)
    : AddSubEventCommand(session, parent, inherit(parent, title, format))
{}

AddSubEventCommand::AddSubEventCommand(UndoSession &session, const Meeting &parent,
                                       Meeting subEvent)
    : CreateMeetingCommand(
          session,
          [&] {
              subEvent.parentId = parent.id;
              return subEvent;
          }(),
          tr("add sub-event “%1” to “%2”")
              .arg(shortTitle(subEvent.title), shortTitle(parent.title)))
{}

Meeting AddSubEventCommand::inherit(const Meeting &parent, const QString &title,
                                    const QString &format)
{
    Meeting m;
    m.parentId = parent.id;
    m.title = title;
    m.start = parent.start;
    m.end = parent.end;
    m.place = parent.place;
    m.placeCountry = parent.placeCountry;
    m.status = parent.status;
    m.parties = parent.parties;
    if (!format.isEmpty())
        m.format = format;
    return m;
}

} // namespace entente
