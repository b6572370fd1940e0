#include "cataloguesalvage.h"

#include "import/importfile.h"
#include "import/meetingimporter.h"
#include "io/meetingexporter.h"
#include "reports/meetingselection.h"
#include "storage/catalogue.h"
#include "storage/damagedscan.h"
#include "storage/integritycheck.h"
#include "storage/meetingrepository.h"
#include "storage/personrepository.h"
#include "storage/transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace entente {

Result<CatalogueSalvage::Report> CatalogueSalvage::run(const QString &damaged,
                                                       const QString &target)
{
    const QString what = tr("Cannot salvage %1").arg(QDir::toNativeSeparators(damaged));
    if (!QFileInfo(damaged).isFile())
        return Error::invalid(tr("There is no file %1").arg(damaged));
    if (QFileInfo::exists(target))
        return Error::invalid(tr("%1 already exists: salvage writes a new catalogue")
                                  .arg(QDir::toNativeSeparators(target)));

    // SQLite may write beside a file it opens, even to read it (its log's index): it reads a
    // copy, with the log the damaged file had, so the damaged file stays exactly as it was.
    QTemporaryDir work;
    if (!work.isValid())
        return Error{Error::Kind::Output, what, work.errorString()};
    const QString copy = work.filePath(u"damaged.entente"_s);
    if (!QFile::copy(damaged, copy))
        return Error{Error::Kind::Output, what, QFile(copy).errorString()};
    if (QFileInfo(damaged + u"-wal"_s).size() > 0 &&
        !QFile::copy(damaged + u"-wal"_s, copy + u"-wal"_s))
        return Error{Error::Kind::Output, what, QFile(copy + u"-wal"_s).errorString()};

    Catalogue::Options readOnly;
    readOnly.mode = Catalogue::Mode::ReadOnly;
    auto source = Catalogue::open(copy, readOnly);
    if (!source)
        return Error{Error::Kind::CatalogueUnusable,
                     what % u": "_s % tr("nothing can be read: %1").arg(source.error().message),
                     source.error().detail};

    Report report;
    const DamagedScan scan(**source);
    const DamagedScan::Ids meetings = scan.ids(DamagedScan::Table::Meetings);
    report.meetingRowsUnreadable = meetings.unreadable;

    // The readable meetings, whole, as a JSON export the import reads back.
    const QString exported = work.filePath(u"salvaged.json"_s);
    MeetingExporter::Options exportOptions;
    exportOptions.format = MeetingExporter::Format::Json;
    exportOptions.skipUnreadable = true;
    MeetingExporter exporter(**source, exportOptions);
    MeetingSelection selection;
    selection.ids = meetings.readable;
    if (Status s = exporter.write(selection, exported); !s)
        return s.error();
    for (const MeetingExporter::Unreadable &u : exporter.unreadable())
        report.meetingsLost.append({u.id, u.reason});

    Catalogue::Options create;
    create.createIfMissing = true;
    auto salvaged = Catalogue::open(target, create);
    if (!salvaged)
        return salvaged.error();
    auto file = ImportFile::open(exported);
    if (!file)
        return file.error();
    ImportOptions importOptions;
    importOptions.allowDuplicates = true; // two records of the damaged file are two records
    importOptions.skipInvalid = true;
    auto imported = MeetingImporter(**salvaged, importOptions).run(**file);
    if (!imported)
        return imported.error();
    report.meetingsRecovered = imported->meetingsImported;
    for (const qint64 id : std::as_const(imported->meetingIds)) {
        if (auto m = MeetingRepository(**salvaged).get(id))
            report.documentsRecovered += m->documents.size();
    }
    for (const ImportProblem &p : imported->problems)
        report.meetingsLost.append(
            {0, tr("line %1 of the salvaged meetings: %2: %3").arg(p.line).arg(p.field, p.reason)});

    // People who took part in no readable meeting come over on their own.
    const DamagedScan::Ids people = scan.ids(DamagedScan::Table::Persons);
    report.personRowsUnreadable = people.unreadable;
    report.peopleRecovered = exporter.peopleWritten().size();
    const PersonRepository from(**source);
    PersonRepository into(**salvaged);
    // One transaction for them all (each person's own is a savepoint in it): one flush to disk.
    auto transaction = Transaction::begin(**salvaged);
    if (!transaction)
        return transaction.error();
    for (const qint64 id : people.readable) {
        if (exporter.peopleWritten().contains(id))
            continue;
        auto person = from.get(id);
        if (!person) {
            report.peopleLost.append({id, person.error().message});
            continue;
        }
        person->id = 0;
        for (Position &p : person->positions)
            p.id = 0;
        auto created = into.create(*person);
        if (!created) {
            report.peopleLost.append({id, created.error().message});
            continue;
        }
        ++report.peopleRecovered;
    }
    if (Status s = transaction->commit(); !s)
        return s.error();
    return report;
}

QStringList CatalogueSalvage::describe(const Report &report, const QString &target)
{
    QStringList lines;
    lines.append(tr("Recovered %1 meetings (sub-events included), %2 outcome documents and %3 "
                    "people into %4.")
                     .arg(report.meetingsRecovered)
                     .arg(report.documentsRecovered)
                     .arg(report.peopleRecovered)
                     .arg(QDir::toNativeSeparators(target)));
    for (const Lost &lost : report.meetingsLost)
        lines.append(lost.id > 0 ? tr("Lost meeting %1: %2").arg(lost.id).arg(lost.reason)
                                 : tr("Lost: %1").arg(lost.reason));
    for (const Lost &lost : report.peopleLost)
        lines.append(tr("Lost person %1: %2").arg(lost.id).arg(lost.reason));
    for (const auto &[first, last] : report.meetingRowsUnreadable)
        lines.append(tr("Unreadable meeting rows: ids %1 to %2").arg(first).arg(last));
    for (const auto &[first, last] : report.personRowsUnreadable)
        lines.append(tr("Unreadable person rows: ids %1 to %2").arg(first).arg(last));
    if (!report.lostAnything())
        lines.append(tr("Nothing was lost."));
    return lines;
}

bool CatalogueSalvage::looksDamaged(const QString &path)
{
    return isDamagedFile(path);
}

} // namespace entente
