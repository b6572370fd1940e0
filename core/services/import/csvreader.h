#pragma once

#include "domain/error.h"

#include <QCoreApplication>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

#include <optional>

class QIODevice;

namespace entente {

// One record of a CSV file: its fields, and the line it starts on (1-based).
struct CsvRecord
{
    QStringList fields;
    qint64 line = 0;
};

// Reads a CSV file record by record (RFC 4180: quoted fields may hold the delimiter, quotes and
// line breaks), as spreadsheets save it: the encoding (UTF-8 with or without a byte-order mark,
// UTF-16 with one, else Windows-1251) and the delimiter (comma, semicolon or tab) are detected from
// the start of the file. Only a chunk of the file is held at a time. Blank lines are skipped.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    using Record = CsvRecord;

    // `source` names the file in messages.
    CsvReader(QIODevice *device, QString source);

    // Detects the encoding and the delimiter. Refuses an empty file and binary data.
    Status open();
    // The next record; nullopt at the end. A quoted field never closed is an error naming its line.
    Result<std::optional<Record>> next();

    QString encodingName() const { return m_encodingName; }
    QChar delimiter() const { return m_delimiter; }
    qint64 bytesRead() const { return m_bytesRead; }

private:
    bool fill();
    QChar detectDelimiter() const;

    QIODevice *m_device;
    QString m_source;
    QStringDecoder m_decoder;
    QString m_encodingName;
    QChar m_delimiter = u',';
    QString m_text;
    qsizetype m_pos = 0;
    qint64 m_line = 1;
    qint64 m_bytesRead = 0;
    bool m_atEnd = false;
};

} // namespace entente
