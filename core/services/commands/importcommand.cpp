#include "importcommand.h"

#include "import/importfile.h"

#include <QCoreApplication>

namespace entente {

ImportCommand::ImportCommand(UndoSession &session, ImportReport report, QString path,
                             CsvColumns columns, ImportOptions options)
    : CatalogueCommand(session,
                       QCoreApplication::translate("ImportCommand", "import %n meeting(s) from %1",
                                                   nullptr, int(report.meetingsImported))
                           .arg(report.file))
    , m_report(std::move(report))
    , m_path(std::move(path))
    , m_columns(std::move(columns))
    , m_options(std::move(options))
{
    m_options.dryRun = false;
    m_options.progress = {};
    m_options.cancelled = {};
}

ChangeSet ImportCommand::changes() const
{
    ChangeSet changes;
    changes.meetings = m_report.meetingIds;
    changes.vocabulary = !m_report.addedVocabulary.isEmpty();
    changes.topics = true;
    return changes;
}

Status ImportCommand::apply()
{
    if (m_imported)
        return {};
    auto file = ImportFile::open(m_path);
    if (!file)
        return file.error();
    if ((*file)->format() == ImportFile::Format::Csv)
        (*file)->setColumns(m_columns);
    auto report = MeetingImporter(catalogue(), m_options).run(**file);
    if (!report)
        return report.error();
    if (!report->written || report->meetingsImported != m_report.meetingsImported) {
        // Nothing or something else was read: the file changed since it was imported.
        if (report->written)
            (void)MeetingImporter::remove(catalogue(), *report);
        return Error::invalid(
            tr("%1 changed since it was imported: import it again instead").arg(m_report.file));
    }
    m_report = std::move(*report);
    m_imported = true;
    return {};
}

Status ImportCommand::revert()
{
    if (Status s = MeetingImporter::remove(catalogue(), m_report); !s)
        return s;
    m_imported = false;
    return {};
}

} // namespace entente
