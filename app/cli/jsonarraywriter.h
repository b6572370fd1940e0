#pragma once

#include <QJsonObject>

namespace entente::cli {

class CommandContext;

// A JSON array on standard output, one element at a time, so a long listing never sits in memory
// whole. close() ends the array ("[]" when nothing was added). A writer left unclosed because
// the command failed half-way leaves the array unfinished on purpose: no reader can mistake a
// broken listing for a complete one.
class JsonArrayWriter
{
public:
    explicit JsonArrayWriter(const CommandContext &context);
    JsonArrayWriter(const JsonArrayWriter &) = delete;
    JsonArrayWriter &operator=(const JsonArrayWriter &) = delete;

    void append(const QJsonObject &object);
    void close();

private:
    const CommandContext &m_context;
    qsizetype m_count = 0;
    bool m_closed = false;
};

} // namespace entente::cli
