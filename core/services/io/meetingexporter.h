#pragma once

#include "domain/error.h"
#include "io/csvwriter.h"
#include "io/meetingexportjson.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>
#include <optional>

class QIODevice;

namespace entente {

class Catalogue;
struct Meeting;
struct MeetingSelection;

// Writes meetings to CSV or JSON, one meeting read and written at a time, so a million meetings
// cost the memory of one (plus the ids of the meetings and people written). The file holds whole
// meeting trees: a selected meeting brings its sub-events, a selected sub-event its parent, each
// meeting before its sub-events, so every parent_id names an id in the same file. Files are written
// atomically (QSaveFile): a failed or cancelled export leaves whatever was at the path before.
class MeetingExporter
{
    Q_DECLARE_TR_FUNCTIONS(MeetingExporter)

public:
    enum class Format {
        Csv,
        Json
    };
    struct Options
    {
        Format format = Format::Json;
        CsvWriter::Options csv;
        // Salvage: a meeting that cannot be read (a damaged page) is left out, with its
        // sub-events, and listed in unreadable(), instead of stopping the export.
        bool skipUnreadable = false;
    };
    struct Unreadable
    {
        qint64 id = 0;
        QString reason;
    };
    // Called after each meeting; returning false cancels.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    MeetingExporter(const Catalogue &catalogue, Options options);

    void setProgress(Progress progress) { m_progress = std::move(progress); }

    Status write(const MeetingSelection &selection, const QString &path);
    // The same onto an open device, for callers that manage the file themselves.
    Status write(const MeetingSelection &selection, QIODevice &device, const QString &name);

    qint64 meetingsWritten() const { return m_written; }
    bool wasCancelled() const { return m_cancelled; }
    const QList<Unreadable> &unreadable() const { return m_unreadable; }
    // The people whose whole record went into the file with a meeting.
    const QSet<qint64> &peopleWritten() const { return m_peopleWritten; }

    // "csv" or "json", from a code or a file name's extension (any letter case).
    static std::optional<Format> formatFromCode(QStringView code);
    static std::optional<Format> formatFromPath(const QString &path);

private:
    Status writeTree(qint64 root, QIODevice &device, const QString &name);
    Status writeMeeting(const Meeting &meeting, QIODevice &device, const QString &name);
    Status lookUp(const Meeting &meeting);
    Result<qint64> rootOf(qint64 id, qint64 knownParent);
    Error writeError(const QString &name, const QString &detail) const;

    const Catalogue &m_catalogue;
    Options m_options;
    Progress m_progress;
    ExportLookups m_lookups;
    std::optional<CsvWriter> m_csv;
    QSet<qint64> m_done;          // meetings written
    QSet<qint64> m_peopleWritten; // people whose whole record is in the file already
    qint64 m_written = 0;
    qint64 m_total = 0;
    bool m_cancelled = false;
    QList<Unreadable> m_unreadable;
};

} // namespace entente
