#include "pdftext.h"

#include <QDebug>
#include <QProcess>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace entente::test::PdfText {

namespace {

QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        qWarning().noquote() << program << arguments
                             << "failed:" << QString::fromUtf8(process.readAllStandardError());
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

QStringList pages(const QString &pdfPath)
{
    const QString text = run(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, pdfPath, u"-"_s});
    if (text.isEmpty())
        return {};
    QStringList result = text.split(u'\f');
    // pdftotext ends every page with a form feed: the last piece is what follows the last page.
    if (!result.isEmpty() && result.last().trimmed().isEmpty())
        result.removeLast();
    return result;
}

QString flattened(const QString &text)
{
    static const QRegularExpression space(u"\\s+"_s);
    return QString(text).replace(space, u" "_s).trimmed();
}

QHash<QString, QString> info(const QString &pdfPath)
{
    QHash<QString, QString> fields;
    const QString text = run(u"pdfinfo"_s, {u"-enc"_s, u"UTF-8"_s, pdfPath});
    for (const QString &line : text.split(u'\n')) {
        const qsizetype colon = line.indexOf(u':');
        if (colon > 0)
            fields.insert(line.left(colon).trimmed(), line.mid(colon + 1).trimmed());
    }
    return fields;
}

int imageCount(const QString &pdfPath)
{
    const QString text = run(u"pdfimages"_s, {u"-list"_s, pdfPath});
    if (text.isEmpty())
        return -1;
    // Two header lines, then one line per image.
    return int(text.trimmed().split(u'\n').size()) - 2;
}

} // namespace entente::test::PdfText
