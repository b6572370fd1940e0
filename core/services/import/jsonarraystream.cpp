#include "jsonarraystream.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace entente {

namespace {

constexpr qint64 chunkBytes = 256 * 1024;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

} // namespace

JsonArrayStream::JsonArrayStream(QIODevice *device, QString source)
    : m_device(device)
    , m_source(std::move(source))
{}

Error JsonArrayStream::malformed(const QString &what) const
{
    return Error::invalid(tr("%1 is not a valid Entente JSON file: %2").arg(m_source, what));
}

bool JsonArrayStream::fill()
{
    const QByteArray more = m_device->read(chunkBytes);
    if (more.isEmpty())
        return false;
    m_buffer.append(more);
    return true;
}

int JsonArrayStream::peekSignificant()
{
    for (;;) {
        if (m_pos == m_buffer.size() && !fill())
            return -1;
        const char c = m_buffer.at(m_pos);
        if (!isSpace(c))
            return static_cast<unsigned char>(c);
        if (c == '\n')
            ++m_line;
        ++m_pos;
    }
}

Result<std::optional<JsonArrayStream::Element>> JsonArrayStream::next()
{
    if (m_finished)
        return std::optional<Element>();
    // What was handed out before is no longer needed.
    m_consumed += m_pos;
    m_buffer.remove(0, m_pos);
    m_pos = 0;

    int c = peekSignificant();
    bool closed = false;
    if (!m_started) {
        // A byte-order mark is not ours to write, but a text editor may have added one.
        if (m_buffer.startsWith("\xEF\xBB\xBF")) {
            m_pos += 3;
            c = peekSignificant();
        }
        if (c == -1)
            return malformed(tr("the file is empty"));
        // One meeting object alone (what `entente show --format json` prints) is a file of one.
        m_single = c == '{';
        if (c != '[' && !m_single)
            return malformed(tr("line %1: it does not start with “[”").arg(m_line));
        m_started = true;
        if (!m_single) {
            ++m_pos;
            c = peekSignificant();
            if (c == ']') {
                ++m_pos;
                closed = true;
            }
        }
    } else if (m_single) {
        m_finished = true;
        if (c != -1)
            return malformed(tr("line %1: text after the meeting").arg(m_line));
        return std::optional<Element>();
    } else if (c == ',') {
        ++m_pos;
        c = peekSignificant();
        if (c == ']')
            return malformed(tr("line %1: a comma before the closing “]”").arg(m_line));
    } else if (c == ']') {
        ++m_pos;
        closed = true;
    } else if (c == -1) {
        return malformed(QCoreApplication::translate(
            "JsonArrayStream",
            "the file ends after %n meeting(s) without the closing “]”: it is incomplete", nullptr,
            m_count));
    } else {
        return malformed(tr("line %1: “,” or “]” expected after a meeting").arg(m_line));
    }
    if (closed) {
        m_finished = true;
        if (peekSignificant() != -1)
            return malformed(tr("line %1: text after the closing “]”").arg(m_line));
        return std::optional<Element>();
    }
    if (c == -1)
        return malformed(tr("the file ends without the closing “]”: it is incomplete"));
    if (c != '{')
        return malformed(
            tr("line %1: meeting %2 is not a JSON object").arg(m_line).arg(m_count + 1));

    const qsizetype start = m_pos;
    const qint64 startLine = m_line;
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    qsizetype i = start;
    for (;; ++i) {
        if (i == m_buffer.size() && !fill())
            return malformed(tr("the file ends inside the meeting that starts on line %1: it is "
                                "incomplete")
                                 .arg(startLine));
        if (i - start > maxElementBytes)
            return malformed(tr("line %1: a meeting larger than %2 MiB")
                                 .arg(startLine)
                                 .arg(maxElementBytes / (1024 * 1024)));
        const char b = m_buffer.at(i);
        if (b == '\0')
            return malformed(tr("line %1: it holds binary data").arg(m_line));
        if (b == '\n')
            ++m_line;
        if (inString) {
            if (escaped)
                escaped = false;
            else if (b == '\\')
                escaped = true;
            else if (b == '"')
                inString = false;
            continue;
        }
        if (b == '"') {
            inString = true;
        } else if (b == '{' || b == '[') {
            ++depth;
        } else if (b == '}' || b == ']') {
            if (--depth == 0)
                break;
        }
    }

    Element element;
    element.text = m_buffer.mid(start, i + 1 - start);
    element.line = startLine;
    m_pos = i + 1;
    ++m_count;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(element.text, &error);
    if (error.error != QJsonParseError::NoError) {
        const qint64 line = startLine + element.text.left(error.offset).count('\n');
        return malformed(tr("line %1: %2").arg(line).arg(error.errorString()));
    }
    element.object = document.object();
    return std::optional<Element>(std::move(element));
}

qint64 JsonArrayStream::lineOfKey(const QByteArray &element, QStringView key)
{
    const QByteArray quoted = '"' + key.toUtf8() + '"';
    const qsizetype at = element.indexOf(quoted);
    return at < 0 ? 1 : 1 + element.left(at).count('\n');
}

} // namespace entente
