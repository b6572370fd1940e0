#pragma once

#include "domain/error.h"
#include "domain/meeting.h"
#include "storage/meetingrows.h"

#include <QCoreApplication>
#include <QList>

#include <functional>
#include <initializer_list>

namespace entente {

class Catalogue;

// Reads and writes whole meetings: the row and everything that belongs to it (parties,
// delegations, topics, documents, sources) and its full-text entry, in one transaction.
class MeetingRepository
{
    Q_DECLARE_TR_FUNCTIONS(MeetingRepository)

public:
    explicit MeetingRepository(const Catalogue &catalogue)
        : m_catalogue(catalogue)
    {}

    Result<qint64> create(const Meeting &meeting);
    // Saves changes; a Conflict when someone else saved the meeting since `meeting.version`.
    Status update(const Meeting &meeting);
    // Deletes the meeting with its delegations, documents and sub-events.
    Status remove(qint64 id);
    // Writes a meeting back under its own id and version, and its documents under theirs: how
    // undo brings back a deleted meeting so that sub-events and links pointing at it hold again.
    // The meeting must not exist; its parent, people and linked documents must.
    Status restore(const Meeting &meeting);
    Result<Meeting> get(qint64 id) const;

    // Every meeting id, sub-events included, in date order (then id): what `list` prints.
    Result<QList<qint64>> allIds() const;
    Result<qint64> count() const;

private:
    static constexpr std::initializer_list<MeetingRows::Table> allTables = {
        MeetingRows::Meetings,  MeetingRows::Parties,         MeetingRows::Delegations,
        MeetingRows::Members,   MeetingRows::MeetingTopics,   MeetingRows::Sources,
        MeetingRows::Documents, MeetingRows::DocumentParties, MeetingRows::Links,
        MeetingRows::People,    MeetingRows::FullText};

    Status checkReferences(const Meeting &meeting, const QString &what) const;
    Result<qint64> nextId(const QString &table, const QString &what) const;
    // What MeetingRows turns into the meeting's rows under `id`: its parts' ids, its topics
    // (found or added), its people's stored names. The caller sets the timestamps.
    Result<MeetingRowsInput> rowsInput(const Meeting &meeting, qint64 id, const QString &what);
    // The rows `input` becomes, made by MeetingRows as the bulk writer makes them.
    Result<MeetingRows> build(const MeetingRowsInput &input) const;
    Status insertRows(const MeetingRows &rows, std::initializer_list<MeetingRows::Table> tables,
                      const QString &what);
    // The meeting's own row from `rows`, if nobody changed it since meeting.version; else a
    // Conflict.
    Status updateRow(const MeetingRows &rows, const Meeting &meeting, const QString &what);
    Status writeDocuments(qint64 id, const Meeting &meeting, const QString &what);
    Result<qint64> topicId(const TopicRef &topic, const QString &what);

    const Catalogue &m_catalogue;
};

} // namespace entente
