#include "undosession.h"

#include "commands/cataloguecommand.h"
#include "storage/meetingrepository.h"
#include "storage/personrepository.h"

#include <QCoreApplication>

namespace entente {

UndoSession::UndoSession(const Catalogue &catalogue, QObject *parent)
    : QObject(parent)
    , m_catalogue(catalogue)
{
    qRegisterMetaType<ChangeSet>();
}

UndoSession::~UndoSession() = default;

Status UndoSession::execute(std::unique_ptr<CatalogueCommand> command)
{
    if (Status s = command->execute(); !s)
        return s;
    const ChangeSet changes = command->changes();
    m_stack.push(command.release()); // its redo() knows it already ran
    notifyChanged(changes);
    return {};
}

int UndoSession::knownVersion(Record record, qint64 id, int fallback) const
{
    return m_versions[int(record)].value(id, fallback);
}

void UndoSession::setKnownVersion(Record record, qint64 id, int version)
{
    m_versions[int(record)].insert(id, version);
}

Status UndoSession::checkUnchanged(Record record, qint64 id, const QString &name) const
{
    const auto known = m_versions[int(record)].constFind(id);
    if (known == m_versions[int(record)].constEnd())
        return {};
    int current = 0;
    if (record == Record::Meeting) {
        auto meeting = MeetingRepository(m_catalogue).get(id);
        if (!meeting)
            return meeting.error();
        current = meeting->version;
    } else {
        auto person = PersonRepository(m_catalogue).get(id);
        if (!person)
            return person.error();
        current = person->version;
    }
    if (current == *known)
        return {};
    return Error{Error::Kind::Conflict,
                 QCoreApplication::translate("UndoSession",
                                             "“%1” was changed by someone else in the meantime; "
                                             "reload it to see their changes")
                     .arg(name),
                 {}};
}

void UndoSession::notifyChanged(const ChangeSet &changes)
{
    Q_EMIT changed(changes);
}

void UndoSession::notifyFailed(const QString &action, const Error &error)
{
    Q_EMIT failed(action, error);
}

} // namespace entente
