#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace entente::test {

// What poppler-utils read out of a PDF, for asserting on reports.
namespace PdfText {
// The text of each page (pdftotext, reading order), empty on failure.
QStringList pages(const QString &pdfPath);
// The same with every run of white space made one space: text that wraps reads as one line.
QString flattened(const QString &text);
// pdfinfo's fields: "Title", "Creator", "Pages", "Page size"…
QHash<QString, QString> info(const QString &pdfPath);
// pdfimages -list: how many images the PDF holds (-1 on failure).
int imageCount(const QString &pdfPath);
} // namespace PdfText

} // namespace entente::test
