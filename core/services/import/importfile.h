#pragma once

#include "domain/error.h"
#include "import/csvcolumns.h"
#include "import/csvreader.h"
#include "import/importrecord.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringList>

#include <memory>
#include <optional>

namespace entente {

class JsonArrayStream;
class MeetingCsvDecoder;

// A file to import, read one meeting at a time: JSON as Entente exports it, or CSV with a column
// mapping. Which one is decided by the content (a JSON file starts with “[”), not the name.
class ImportFile
{
    Q_DECLARE_TR_FUNCTIONS(ImportFile)

public:
    enum class Format {
        Json,
        Csv
    };

    ~ImportFile();
    ImportFile(const ImportFile &) = delete;
    ImportFile &operator=(const ImportFile &) = delete;

    // Opens the file and reads what comes before the records: for CSV the encoding, the
    // delimiter, the header and a guessed mapping. A missing, unreadable or empty file, or one
    // that is neither, is refused naming the file.
    static Result<std::unique_ptr<ImportFile>> open(const QString &path);

    Format format() const { return m_format; }
    QString path() const { return m_path; }
    QString displayName() const;
    qint64 size() const { return m_size; }
    qint64 bytesRead() const;

    // CSV only.
    QStringList header() const { return m_header; }
    QString encodingName() const;
    QChar delimiter() const;
    // The mapping used to read the records: guessed at open(), changed with setColumns() before
    // the first next(). A file written by Entente's own export needs no change.
    const CsvColumns &columns() const { return m_columns; }
    void setColumns(const CsvColumns &columns) { m_columns = columns; }
    bool needsMapping() const;
    // The cells of the first record as written, to show beside the header (CSV).
    QStringList firstRecordCells() const { return m_first ? m_first->fields : QStringList(); }

    // The next meeting; nullopt at the end. An error means the file cannot be read further
    // (damaged, truncated, not what it claims): nothing of it should be written.
    Result<std::optional<ImportRecord>> next();

private:
    ImportFile() = default;

    QString m_path;
    QFile m_file;
    Format m_format = Format::Json;
    qint64 m_size = 0;
    QStringList m_header;
    CsvColumns m_columns;
    std::unique_ptr<JsonArrayStream> m_json;
    std::unique_ptr<CsvReader> m_csv;
    std::unique_ptr<MeetingCsvDecoder> m_decoder;
    // The first record, read ahead at open() for firstRecordCells(); next() starts with it.
    std::optional<CsvRecord> m_first;
};

} // namespace entente
