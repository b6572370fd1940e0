#pragma once

#include "commands/cataloguecommand.h"
#include "import/csvcolumns.h"
#include "import/meetingimporter.h"

#include <QCoreApplication>

namespace entente {

// An import of a file as one undoable step. The import itself runs before the command exists
// (on a worker thread, behind a progress dialog); the command takes its report, so that undo
// removes exactly what it wrote and redo reads the same file again with the same settings.
class ImportCommand : public CatalogueCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    // `report` is that of a committed import of `path`, read with `columns` (CSV) and `options`.
    ImportCommand(UndoSession &session, ImportReport report, QString path, CsvColumns columns,
                  ImportOptions options);

    ChangeSet changes() const override;
    const ImportReport &report() const { return m_report; }

protected:
    Status apply() override;
    Status revert() override;

private:
    ImportReport m_report;
    QString m_path;
    CsvColumns m_columns;
    ImportOptions m_options;
    bool m_imported = true; // the import that made the report is the first apply()
};

} // namespace entente
