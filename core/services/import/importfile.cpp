#include "importfile.h"

#include "import/csvreader.h"
#include "import/jsonarraystream.h"
#include "import/meetingcsvdecoder.h"
#include "import/meetingjsondecoder.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace entente {

namespace {

// The first byte that is not white space or a byte-order mark.
char firstSignificant(const QByteArray &sample)
{
    qsizetype i = sample.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    for (; i < sample.size(); ++i) {
        const char c = sample.at(i);
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            return c;
    }
    return 0;
}

} // namespace

ImportFile::~ImportFile() = default;

QString ImportFile::displayName() const
{
    return QFileInfo(m_path).fileName();
}

qint64 ImportFile::bytesRead() const
{
    if (m_json)
        return m_json->bytesRead();
    return m_csv ? m_csv->bytesRead() : 0;
}

QString ImportFile::encodingName() const
{
    return m_csv ? m_csv->encodingName() : u"UTF-8"_s;
}

QChar ImportFile::delimiter() const
{
    return m_csv ? m_csv->delimiter() : QChar();
}

bool ImportFile::needsMapping() const
{
    return m_format == Format::Csv && !CsvColumns::isEntenteExport(m_header);
}

Result<std::unique_ptr<ImportFile>> ImportFile::open(const QString &path)
{
    std::unique_ptr<ImportFile> file(new ImportFile);
    file->m_path = path;
    file->m_file.setFileName(path);
    const QString name = file->displayName();
    const QFileInfo info(path);
    if (!info.exists())
        return Error::notFound(tr("There is no file %1").arg(path));
    if (info.isDir())
        return Error::invalid(tr("%1 is a folder: choose a JSON or CSV file in it").arg(path));
    if (!info.isFile())
        return Error::invalid(
            tr("%1 is a device, not a file: import reads JSON or CSV files").arg(path));
    if (!file->m_file.open(QIODevice::ReadOnly))
        return Error::invalid(tr("Cannot read %1: %2").arg(path, file->m_file.errorString()));
    file->m_size = file->m_file.size();
    const QByteArray sample = file->m_file.peek(4096);
    if (sample.isEmpty())
        return Error::invalid(tr("%1 is empty: there is nothing to import").arg(name));
    const char first = firstSignificant(sample);
    if (first == '[' || first == '{') {
        file->m_format = Format::Json;
        file->m_json = std::make_unique<JsonArrayStream>(&file->m_file, name);
        return file;
    }
    file->m_format = Format::Csv;
    file->m_csv = std::make_unique<CsvReader>(&file->m_file, name);
    if (Status s = file->m_csv->open(); !s)
        return s.error();
    auto header = file->m_csv->next();
    if (!header)
        return header.error();
    if (!*header)
        return Error::invalid(tr("%1 holds no header row").arg(name));
    for (const QString &column : std::as_const((*header)->fields))
        file->m_header.append(column.trimmed());
    file->m_columns = CsvColumns::guess(file->m_header);
    auto firstRecord = file->m_csv->next();
    if (!firstRecord)
        return firstRecord.error();
    file->m_first = std::move(*firstRecord);
    if (file->m_columns.column(u"title"_s) < 0 && file->m_columns.column(u"date"_s) < 0 &&
        file->m_columns.column(u"start_date"_s) < 0 && file->m_header.size() < 2)
        return Error::invalid(
            tr("%1 is neither a JSON export nor a CSV file with a header row of columns")
                .arg(name));
    return file;
}

Result<std::optional<ImportRecord>> ImportFile::next()
{
    if (m_json) {
        auto element = m_json->next();
        if (!element)
            return element.error();
        if (!*element)
            return std::optional<ImportRecord>();
        return std::optional<ImportRecord>(MeetingJsonDecoder::decode(**element));
    }
    if (!m_decoder) {
        if (!m_columns.isUsable())
            return Error::invalid(tr("%1 cannot be read: %2; choose the columns")
                                      .arg(displayName(), m_columns.missing()));
        m_decoder = std::make_unique<MeetingCsvDecoder>(m_columns);
    }
    Result<std::optional<CsvRecord>> record = std::optional<CsvRecord>();
    if (m_first) {
        record = std::exchange(m_first, std::nullopt);
    } else {
        record = m_csv->next();
        if (!record)
            return record.error();
    }
    if (!*record)
        return std::optional<ImportRecord>();
    if ((*record)->fields.size() > m_header.size())
        return Error::invalid(tr("%1, line %2: %3 fields, but the header names %4 columns: a "
                                 "delimiter or quote is out of place")
                                  .arg(displayName())
                                  .arg((*record)->line)
                                  .arg((*record)->fields.size())
                                  .arg(m_header.size()));
    return std::optional<ImportRecord>(m_decoder->decode(**record));
}

} // namespace entente
