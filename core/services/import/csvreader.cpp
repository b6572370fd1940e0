#include "csvreader.h"

#include <QCoreApplication>
#include <QIODevice>

using namespace Qt::StringLiterals;

namespace entente {

namespace {

constexpr qint64 chunkBytes = 64 * 1024;

} // namespace

CsvReader::CsvReader(QIODevice *device, QString source)
    : m_device(device)
    , m_source(std::move(source))
{}

Status CsvReader::open()
{
    const QByteArray sample = m_device->peek(chunkBytes);
    if (sample.isEmpty())
        return Error::invalid(
            tr("%1 is empty: a CSV file needs at least a header row").arg(m_source));

    qint64 skip = 0;
    if (sample.startsWith("\xEF\xBB\xBF")) {
        m_decoder = QStringDecoder(QStringDecoder::Utf8);
        m_encodingName = u"UTF-8 (BOM)"_s;
        skip = 3;
    } else if (sample.startsWith("\xFF\xFE") || sample.startsWith("\xFE\xFF")) {
        const bool little = sample.startsWith("\xFF\xFE");
        m_decoder = QStringDecoder(little ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        m_encodingName = little ? u"UTF-16LE"_s : u"UTF-16BE"_s;
        skip = 2;
    } else {
        if (sample.contains('\0'))
            return Error::invalid(tr("%1 is not a CSV file: it holds binary data").arg(m_source));
        QStringDecoder probe(QStringDecoder::Utf8);
        const QString probed = probe.decode(sample); // decoding is lazy: make it happen
        if (!probe.hasError()) {
            m_decoder = QStringDecoder(QStringDecoder::Utf8);
            m_encodingName = u"UTF-8"_s;
        } else {
            m_decoder = QStringDecoder("windows-1251");
            m_encodingName = u"Windows-1251"_s;
            if (!m_decoder.isValid())
                return Error::invalid(
                    tr("%1 is not UTF-8, and this system cannot read Windows-1251").arg(m_source));
        }
    }
    m_device->skip(skip);
    m_bytesRead = skip;
    fill();
    m_delimiter = detectDelimiter();
    return {};
}

bool CsvReader::fill()
{
    if (m_atEnd)
        return false;
    const QByteArray bytes = m_device->read(chunkBytes);
    m_bytesRead += bytes.size();
    if (bytes.isEmpty()) {
        m_atEnd = true;
        return false;
    }
    m_text.remove(0, m_pos);
    m_pos = 0;
    m_text += m_decoder.decode(bytes);
    return true;
}

QChar CsvReader::detectDelimiter() const
{
    // The header line decides: the candidate seen most often outside quotes.
    int counts[3] = {0, 0, 0};
    const QChar candidates[3] = {u',', u';', u'\t'};
    bool quoted = false;
    for (qsizetype i = m_pos; i < m_text.size(); ++i) {
        const QChar c = m_text.at(i);
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && (c == u'\n' || c == u'\r'))
            break;
        else if (!quoted)
            for (int k = 0; k < 3; ++k)
                counts[k] += c == candidates[k];
    }
    int best = 0;
    for (int k = 1; k < 3; ++k)
        if (counts[k] > counts[best])
            best = k;
    return candidates[best];
}

Result<std::optional<CsvReader::Record>> CsvReader::next()
{
    for (;;) {
        if (m_pos >= m_text.size() && !fill())
            return std::optional<Record>();
        Record record;
        record.line = m_line;
        QString field;
        bool quoted = false;    // inside quotes
        bool wasQuoted = false; // the field started with a quote
        qint64 quoteLine = 0;
        for (;;) {
            if (m_pos >= m_text.size() && !fill()) {
                if (quoted)
                    return Error::invalid(tr("%1, line %2: a quoted field is never closed (the "
                                             "file may be truncated)")
                                              .arg(m_source)
                                              .arg(quoteLine));
                if (m_decoder.hasError())
                    return Error::invalid(tr("%1, line %2: the text is not valid %3")
                                              .arg(m_source)
                                              .arg(m_line)
                                              .arg(m_encodingName));
                record.fields.append(field);
                break;
            }
            const QChar c = m_text.at(m_pos++);
            if (quoted) {
                if (c == u'"') {
                    if (m_pos >= m_text.size())
                        fill();
                    if (m_pos < m_text.size() && m_text.at(m_pos) == u'"') {
                        field += u'"';
                        ++m_pos;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == u'\n')
                        ++m_line;
                    field += c;
                }
                continue;
            }
            if (c == u'"' && field.isEmpty() && !wasQuoted) {
                quoted = wasQuoted = true;
                quoteLine = m_line;
            } else if (c == m_delimiter) {
                record.fields.append(field);
                field.clear();
                wasQuoted = false;
            } else if (c == u'\n' || c == u'\r') {
                if (c == u'\r') {
                    if (m_pos >= m_text.size())
                        fill();
                    if (m_pos < m_text.size() && m_text.at(m_pos) == u'\n')
                        ++m_pos;
                }
                ++m_line;
                record.fields.append(field);
                break;
            } else {
                field += c;
            }
        }
        if (m_decoder.hasError())
            return Error::invalid(tr("%1, line %2: the text is not valid %3")
                                      .arg(m_source)
                                      .arg(record.line)
                                      .arg(m_encodingName));
        if (record.fields.size() == 1 && record.fields.constFirst().isEmpty())
            continue; // a blank line
        return std::optional<Record>(std::move(record));
    }
}

} // namespace entente
