#include "meetingexporter.h"

#include "io/meetingcsv.h"
#include "io/writefailure.h"
#include "reports/meetingselection.h"
#include "storage/catalogue.h"
#include "storage/exportquery.h"
#include "storage/meetingrepository.h"
#include "storage/personrepository.h"
#include "storage/reportquery.h"
#include "storage/vocabularyrepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace entente {

MeetingExporter::MeetingExporter(const Catalogue &catalogue, Options options)
    : m_catalogue(catalogue)
    , m_options(options)
{}

std::optional<MeetingExporter::Format> MeetingExporter::formatFromCode(QStringView code)
{
    if (code.compare(u"csv", Qt::CaseInsensitive) == 0)
        return Format::Csv;
    if (code.compare(u"json", Qt::CaseInsensitive) == 0)
        return Format::Json;
    return std::nullopt;
}

std::optional<MeetingExporter::Format> MeetingExporter::formatFromPath(const QString &path)
{
    return formatFromCode(QFileInfo(path).suffix());
}

Error MeetingExporter::writeError(const QString &name, const QString &detail) const
{
    return {Error::Kind::Output,
            tr("Cannot write the export to %1: %2")
                .arg(QDir::toNativeSeparators(name), WriteFailure::reason(name, detail)),
            detail};
}

Status MeetingExporter::write(const MeetingSelection &selection, const QString &path)
{
    if (Status s = m_catalogue.checkOutputPath(path); !s)
        return s;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeError(path, file.errorString());
    if (Status s = write(selection, file, path); !s) {
        file.cancelWriting();
        return s;
    }
    if (!file.commit())
        return writeError(path, file.errorString());
    return {};
}

Status MeetingExporter::write(const MeetingSelection &selection, QIODevice &device,
                              const QString &name)
{
    m_done.clear();
    m_peopleWritten.clear();
    m_written = 0;
    m_total = selection.ids.size();
    m_cancelled = false;
    m_csv.reset();
    m_unreadable.clear();

    const VocabularyRepository vocabulary(m_catalogue);
    const std::pair<VocabularyRepository::Kind, QHash<QString, QString> *> lists[] = {
        {VocabularyRepository::Kind::Format, &m_lookups.formatLabels},
        {VocabularyRepository::Kind::DocumentKind, &m_lookups.kindLabels},
        {VocabularyRepository::Kind::DocumentAction, &m_lookups.actionLabels}};
    for (const auto &[kind, target] : lists) {
        auto labels = vocabulary.labels(kind);
        if (labels)
            *target = *labels;
        else if (!m_options.skipUnreadable) // codes are enough for a salvage's import
            return labels.error();
    }

    if (m_options.format == Format::Csv) {
        m_csv.emplace(device, m_options.csv);
        if (!m_csv->writeRow(MeetingCsv::header()))
            return writeError(name, device.errorString());
    } else if (device.write("[") != 1) {
        return writeError(name, device.errorString());
    }

    // Parents of the selected sub-events, a batch at a time.
    const ReportQuery query(m_catalogue);
    for (qsizetype i = 0; i < selection.ids.size(); i += ReportQuery::batchSize) {
        const QList<qint64> batch = selection.ids.mid(i, ReportQuery::batchSize);
        auto parents = query.parents(batch);
        if (!parents && !m_options.skipUnreadable)
            return parents.error();
        for (const qint64 id : batch) {
            if (m_done.contains(id))
                continue;
            auto root = parents ? rootOf(id, parents->value(id)) : Result<qint64>(id);
            if (!root && m_options.skipUnreadable)
                root = id;
            if (!root)
                return root.error();
            if (Status s = writeTree(*root, device, name); !s)
                return s;
            if (m_cancelled)
                return Error{Error::Kind::Output, tr("The export was cancelled."), {}};
        }
    }

    if (m_options.format == Format::Json) {
        const QByteArray end =
            m_written == 0 ? QByteArrayLiteral("]\n") : QByteArrayLiteral("\n]\n");
        if (device.write(end) != end.size())
            return writeError(name, device.errorString());
    }
    return {};
}

Result<qint64> MeetingExporter::rootOf(qint64 id, qint64 knownParent)
{
    qint64 current = id;
    qint64 parent = knownParent;
    const ReportQuery query(m_catalogue);
    // Sub-events of sub-events are rare; the bound only guards against a damaged cycle.
    for (int depth = 0; parent != 0 && depth < 64; ++depth) {
        current = parent;
        auto next = query.parents({current});
        if (!next)
            return next.error();
        parent = next->value(current);
    }
    return current;
}

Status MeetingExporter::writeTree(qint64 root, QIODevice &device, const QString &name)
{
    if (m_done.contains(root))
        return {};
    auto meeting = MeetingRepository(m_catalogue).get(root);
    if (!meeting && m_options.skipUnreadable) {
        m_done.insert(root);
        m_unreadable.append({root, meeting.error().message});
        return {};
    }
    if (!meeting)
        return meeting.error();
    m_done.insert(root);
    if (Status s = writeMeeting(*meeting, device, name); !s)
        return s;
    if (m_progress && !m_progress(m_written, std::max(m_total, m_written)))
        m_cancelled = true;
    if (m_cancelled)
        return {};
    for (const SubEventRef &sub : std::as_const(meeting->subEvents)) {
        if (Status s = writeTree(sub.id, device, name); !s)
            return s;
        if (m_cancelled)
            return {};
    }
    return {};
}

Status MeetingExporter::lookUp(const Meeting &meeting)
{
    // Each person's whole record goes with their first appearance in the file only: a minister
    // at a thousand meetings is written once, not a thousand times.
    m_lookups.people.clear();
    const PersonRepository people(m_catalogue);
    for (const Delegation &d : meeting.delegations) {
        for (const DelegationMember &m : d.members) {
            if (m_peopleWritten.contains(m.personId) || m_lookups.people.contains(m.personId))
                continue;
            auto person = people.get(m.personId);
            if (!person)
                return person.error();
            m_lookups.people.insert(m.personId, *person);
        }
    }
    const ExportQuery query(m_catalogue);
    for (const TopicRef &t : meeting.topics) {
        if (m_lookups.topicPaths.contains(t.id))
            continue;
        auto path = query.topicPath(t.id);
        if (!path)
            return path.error();
        m_lookups.topicPaths.insert(t.id, *path);
    }
    for (const OutcomeDocument &d : meeting.documents) {
        for (const DocumentLink &link : d.links) {
            if (m_lookups.documentMeetings.contains(link.targetId))
                continue;
            auto holder = query.documentMeeting(link.targetId);
            if (!holder)
                return holder.error();
            m_lookups.documentMeetings.insert(link.targetId, *holder);
        }
    }
    return {};
}

Status MeetingExporter::writeMeeting(const Meeting &meeting, QIODevice &device, const QString &name)
{
    if (m_csv) {
        if (!m_csv->writeRow(MeetingCsv::row(meeting)))
            return writeError(name, device.errorString());
        ++m_written;
        return {};
    }
    if (Status s = lookUp(meeting); !s) {
        if (!m_options.skipUnreadable)
            return s;
        m_unreadable.append({meeting.id, s.error().message});
        return {};
    }
    // Indented as QJsonDocument would indent the whole array; JSON strings hold no raw line
    // breaks, so every '\n' is structure.
    QByteArray text = QJsonDocument(MeetingExportJson::toJson(meeting, m_lookups))
                          .toJson(QJsonDocument::Indented);
    text.chop(1);
    text.replace('\n', "\n    ");
    text.prepend(m_written == 0 ? "\n    " : ",\n    ");
    if (device.write(text) != text.size())
        return writeError(name, device.errorString());
    for (auto it = m_lookups.people.cbegin(); it != m_lookups.people.cend(); ++it)
        m_peopleWritten.insert(it.key());
    ++m_written;
    return {};
}

} // namespace entente
