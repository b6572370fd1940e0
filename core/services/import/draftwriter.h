#pragma once

#include "domain/error.h"
#include "domain/person.h"
#include "extract/meetingdraft.h"

#include <QCoreApplication>
#include <QList>

namespace entente {

class Catalogue;

// Saves an accepted draft meeting: its new people, the meeting, then its sub-events pointing at
// it, all in one transaction, so a failure half-way leaves the catalogue as it was. The draft is
// checked first (MeetingDraft::problems()); a draft that fails is refused as Invalid, naming the
// fields.
class DraftWriter
{
    Q_DECLARE_TR_FUNCTIONS(DraftWriter)

public:
    struct Saved
    {
        qint64 meeting = 0;
        QList<qint64> subEvents;
        QList<qint64> newPeople; // in the order of MeetingDraft::newPeople
    };

    explicit DraftWriter(const Catalogue &catalogue)
        : m_catalogue(catalogue)
    {}

    Result<Saved> save(const MeetingDraft &draft);

    // The person a new-person proposal becomes: the name in its script, the country, and the
    // post as the release attests it, on the meeting's day only (the rest of the term is unknown).
    static Person personFor(const NewPerson &proposal, const PartialDate &day);
    // Gives the members that stand for new people (placeholder ids) the ids they were saved as.
    static void assignPeople(Meeting &meeting, const QList<qint64> &newPersonIds);
    // Takes out the links between documents of the draft itself (placeholder targets), which
    // can only be written once the documents have ids: (from index, relation, to index).
    struct DraftLink
    {
        qsizetype from = 0;
        qsizetype to = 0;
        DocumentRelation relation = DocumentRelation::Develops;
    };
    static QList<DraftLink> takeDraftLinks(Meeting &meeting);

private:
    const Catalogue &m_catalogue;
};

} // namespace entente
