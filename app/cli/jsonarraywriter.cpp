#include "jsonarraywriter.h"

#include "cli/commandcontext.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace entente::cli {

JsonArrayWriter::JsonArrayWriter(const CommandContext &context)
    : m_context(context)
{}

void JsonArrayWriter::append(const QJsonObject &object)
{
    // Indented like QJsonDocument would indent the whole array. JSON strings hold no raw line
    // breaks, so every '\n' in the text is a line of structure.
    QString text = QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    text.chop(1); // the final '\n'
    text.replace(u'\n', u"\n    "_s);
    m_context.print((m_count == 0 ? u"[\n    "_s : u",\n    "_s) + text);
    ++m_count;
}

void JsonArrayWriter::close()
{
    if (m_closed)
        return;
    m_closed = true;
    m_context.print(m_count == 0 ? u"[]\n"_s : u"\n]\n"_s);
}

} // namespace entente::cli
