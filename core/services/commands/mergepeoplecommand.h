#pragma once

#include "commands/cataloguecommand.h"
#include "domain/meeting.h"
#include "domain/person.h"

#include <QCoreApplication>

namespace entente {

// Two records of one person become one: the survivor keeps its names and gains the other's as
// aliases (and any positions it lacks), every delegation that listed the other lists the
// survivor, and the other record goes. One transaction, one undo step.
class MergePeopleCommand : public CatalogueCommand
{
    Q_DECLARE_TR_FUNCTIONS(MergePeopleCommand)

public:
    MergePeopleCommand(UndoSession &session, qint64 keepId, qint64 dropId, const QString &keepName,
                       const QString &dropName);

    static Person merged(const Person &keep, const Person &drop);
    // `meeting` with `drop` replaced by `keep` in every delegation (once per delegation).
    static Meeting repointed(Meeting meeting, qint64 dropId, qint64 keepId);
    ChangeSet changes() const override;

protected:
    Status apply() override;
    Status revert() override;

private:
    qint64 m_keepId;
    qint64 m_dropId;
    Person m_keepBefore;
    Person m_dropBefore;
    QList<Meeting> m_meetingsBefore;
};

} // namespace entente
