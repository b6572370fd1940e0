#include "csvwriter.h"

#include <QIODevice>

using namespace Qt::StringLiterals;

namespace entente {

CsvWriter::CsvWriter(QIODevice &device, Options options)
    : m_device(device)
    , m_options(options)
{}

bool CsvWriter::looksLikeFormula(const QString &cell)
{
    if (cell.isEmpty())
        return false;
    const QChar first = cell.front();
    return first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' ||
           first == u'\r';
}

QString CsvWriter::field(const QString &cell, bool neutraliseFormulas)
{
    QString text = neutraliseFormulas && looksLikeFormula(cell) ? u"'"_s + cell : cell;
    const bool quote =
        text.contains(u',') || text.contains(u'"') || text.contains(u'\r') || text.contains(u'\n');
    if (!quote)
        return text;
    text.replace(u"\""_s, u"\"\""_s);
    return u'"' + text + u'"';
}

bool CsvWriter::writeRow(const QStringList &cells)
{
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += u',';
        line += field(cells.at(i), m_options.neutraliseFormulas);
    }
    line += u"\r\n"_s;
    QByteArray bytes;
    if (!m_started && m_options.byteOrderMark)
        bytes = QByteArrayLiteral("\xEF\xBB\xBF");
    m_started = true;
    bytes += line.toUtf8();
    return m_device.write(bytes) == bytes.size();
}

} // namespace entente
