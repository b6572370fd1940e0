#pragma once

#include "domain/error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

class QIODevice;

namespace entente {

// Reads a JSON document whose top level is an array of objects one element at a time, so that a
// file of any size is read with memory for one element only (docs/json-format.md). Each element
// is parsed by QJsonDocument once its closing brace is found; the stream itself only tracks
// nesting, strings and escapes. A top level that is one object alone (`entente show --format
// json`) reads as an array of that one. Anything else is refused with the line it went wrong on:
// binary data, a top level that is neither, an element that is not an object, a missing comma,
// text after the end, a file that ends inside an element.
class JsonArrayStream
{
    Q_DECLARE_TR_FUNCTIONS(JsonArrayStream)

public:
    struct Element
    {
        QJsonObject object;
        QByteArray text; // the element as written, for finding a field's line
        qint64 line = 0; // the line of its opening brace
    };

    // `source` names the file in messages.
    JsonArrayStream(QIODevice *device, QString source);

    // The next element; nullopt after the closing bracket.
    Result<std::optional<Element>> next();

    qint64 bytesRead() const { return m_consumed; }
    // The line, within the element, of the first occurrence of `"key"` (1: its first line).
    static qint64 lineOfKey(const QByteArray &element, QStringView key);

    // No element may be larger: a file that claims otherwise is damaged or not ours.
    static constexpr qsizetype maxElementBytes = 64 * 1024 * 1024;

private:
    // The next byte that is not white space, reading more when needed; -1 at the end.
    int peekSignificant();
    bool fill();
    Error malformed(const QString &what) const;

    QIODevice *m_device;
    QString m_source;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_consumed = 0; // bytes before m_buffer[0]
    qint64 m_line = 1;
    bool m_started = false;
    bool m_finished = false;
    bool m_single = false; // the top level is one object, not an array
    int m_count = 0;
};

} // namespace entente
