#pragma once

#include "domain/error.h"
#include "domain/meetingsummary.h"
#include "import/importrecord.h"
#include "storage/bulkundo.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace entente {

class Catalogue;
class ImportFile;

struct ImportOptions
{
    bool dryRun = false;          // read and check everything, write nothing
    bool skipInvalid = false;     // import the valid records when some are not
    bool allowDuplicates = false; // import probable duplicates of existing meetings too
    // Country names the file writes that no rule reads, mapped by the user to codes; they are
    // asked before the catalogue's names.
    QHash<QString, QString> countryNames;
    // Called every few records with the records read and the bytes of the file read so far.
    std::function<void(qint64 records, qint64 bytes)> progress;
    std::function<bool()> cancelled; // asked before every record
};

// What an import did, or would do (a dry run), record by record.
struct ImportReport
{
    struct Duplicate
    {
        qint64 line = 0;
        QString title;
        PartialDate start;
        QList<MeetingSummary> existing; // the meetings it probably repeats
    };
    struct PersonNote
    {
        QString name;       // as the file gives it
        QString storedName; // matched: the catalogue's name for them; empty: created
    };

    QString file;
    qint64 recordsRead = 0;
    qint64 meetingsImported = 0; // sub-events included
    qint64 subEventsImported = 0;
    qint64 invalidRecords = 0;
    QList<ImportProblem> problems; // of the invalid records, and notes (links left out)
    QList<Duplicate> duplicates;   // skipped, or imported with allowDuplicates
    QList<PersonNote> newPeople;
    QList<PersonNote> matchedPeople;
    QStringList newVocabulary;    // "format: round_table (Round table)"
    QStringList unknownCountries; // names the file writes that are no country, each once
    QList<qint64> meetingIds;     // the new meetings, in file order
    bool written = false;         // committed to the catalogue
    bool cancelled = false;
    // What undo removes: the id ranges the import used, and vocabulary entries it added.
    QList<std::pair<BulkUndo::Marks, BulkUndo::Marks>> ranges;
    QList<std::pair<int, QString>> addedVocabulary; // VocabularyRepository::Kind, code
};

// Imports the meetings of a file into a catalogue in one transaction: all records or none (with
// skipInvalid, all valid ones). People and countries are matched against the catalogue's, ids
// remapped, sub-events attached to their new parents, document links resolved, vocabulary codes
// and topics the catalogue lacks added, probable duplicates reported and skipped. A file that
// cannot be read to its end, a cancellation or invalid records (without skipInvalid) leave the
// catalogue as it was. Run it on a worker thread for big files: it uses that thread's connection.
class MeetingImporter
{
    Q_DECLARE_TR_FUNCTIONS(MeetingImporter)

public:
    MeetingImporter(const Catalogue &catalogue, ImportOptions options);

    // The report says what happened; an Error means nothing was written and the file or the
    // catalogue is at fault (the message names which, and where).
    Result<ImportReport> run(ImportFile &file);

    // Removes what a committed import wrote (its undo); refused when any of its meetings has
    // been changed since, which the undo stack rules out.
    static Status remove(const Catalogue &catalogue, const ImportReport &report);

private:
    const Catalogue &m_catalogue;
    ImportOptions m_options;
};

} // namespace entente
