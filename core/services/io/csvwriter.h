#pragma once

#include <QStringList>

class QIODevice;

namespace entente {

// Rows of RFC 4180 CSV in UTF-8: fields separated by commas, lines ended by CRLF, a field quoted
// when it holds a comma, a double quote, CR or LF, with inner quotes doubled. Spreadsheet-safe by
// default: a cell that starts with =, +, -, @, a tab or CR would be run as a formula by Excel or
// LibreOffice, so it gets a leading single quote, which they show as text.
class CsvWriter
{
public:
    struct Options
    {
        bool byteOrderMark = false; // helps Excel recognise UTF-8
        bool neutraliseFormulas = true;
    };

    CsvWriter(QIODevice &device, Options options);

    // False when the device refused the bytes.
    bool writeRow(const QStringList &cells);

    // One cell as it appears in the file.
    static QString field(const QString &cell, bool neutraliseFormulas);
    static bool looksLikeFormula(const QString &cell);

private:
    QIODevice &m_device;
    Options m_options;
    bool m_started = false;
};

} // namespace entente
