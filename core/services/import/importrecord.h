#pragma once

#include "domain/meeting.h"
#include "domain/person.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace entente {

// One thing wrong with an input file, where a person can find it: "meetings.csv:12: start_date:
// “2009-13-01” is not a date".
struct ImportProblem
{
    qint64 line = 0; // 1-based; 0 when the problem is the whole file
    QString field;   // the column or JSON field; empty for the record as a whole
    QString reason;
};

// A link of a document to another one, as the file names it.
struct ImportLink
{
    int document = 0;           // index into the record's meeting.documents
    qint64 targetFileId = 0;    // the target document's id in the file
    qint64 targetMeetingId = 0; // the meeting holding it, in the file (0: unknown)
    QString targetTitle;
    DocumentRelation relation = DocumentRelation::Develops;
};

// One meeting read from a file, before it is matched against the catalogue. Ids are the file's
// own: `meeting.id`, `meeting.parentId`, the members' `personId`, the documents' `id` and the
// links all refer to records of the same file, and the importer maps them to new ones.
struct ImportRecord
{
    qint64 line = 0; // where the record starts
    Meeting meeting; // its links are left empty: see `links`
    // People this record introduces, by file id, with their whole record (a JSON export writes it
    // with a person's first appearance).
    QHash<qint64, Person> people;
    // People known only by the names a delegation member shows (CSV, `list` output): matched
    // against the catalogue by name, or created, when the file gives no record for the id.
    QHash<qint64, Person> mentioned;
    QList<QStringList> topicPaths; // parallel to meeting.topics; empty: top-level by name
    QList<ImportLink> links;
    // Labels of vocabulary codes, for codes the catalogue does not know yet.
    QHash<QString, QString> formatLabels;
    QHash<QString, QString> kindLabels;
    QHash<QString, QString> actionLabels;
    // What is wrong with the record; the importer writes only records without problems.
    QList<ImportProblem> problems;
};

} // namespace entente
