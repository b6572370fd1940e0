#include "meetingimporter.h"

#include "domain/countryresolver.h"
#include "import/importduplicates.h"
#include "import/importfile.h"
#include "import/importpeople.h"
#include "storage/bulkwriter.h"
#include "storage/catalogue.h"
#include "storage/countryrepository.h"
#include "storage/transaction.h"
#include "storage/vocabularyrepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QSet>

#include <limits>

using namespace Qt::StringLiterals;

namespace entente {

namespace {

using VocabularyKind = VocabularyRepository::Kind;

// One import from the first record to the commit: the maps from the file's ids to the new ones,
// and what the report will say.
class ImportRun
{
public:
    ImportRun(const Catalogue &catalogue, const ImportOptions &options, BulkWriter &writer,
              ImportReport &report)
        : m_catalogue(catalogue)
        , m_options(options)
        , m_writer(writer)
        , m_report(report)
    {}

    Status prepare();
    // Writes the record, or notes why not.
    Status take(ImportRecord record);
    // The links whose target was not read yet when their document was written.
    Status finish();

private:
    // A meeting's place is in a country; its parties, delegations, documents' parties and people
    // may also be international organisations.
    enum class Scope {
        Country,
        Party
    };
    bool resolveCountry(QString &code, ImportRecord &record, const QString &field,
                        Scope scope = Scope::Party);
    bool resolveCountries(ImportRecord &record);
    Status resolveVocabulary(ImportRecord &record);
    Status resolvePeople(ImportRecord &record);
    Status resolveTopics(ImportRecord &record);
    Result<bool> isDuplicate(const ImportRecord &record);
    void skip(const ImportRecord &record);

    const Catalogue &m_catalogue;
    const ImportOptions &m_options;
    BulkWriter &m_writer;
    ImportReport &m_report;
    std::optional<ImportPeople> m_people;
    std::optional<ImportDuplicates> m_duplicates;

    QSet<QString> m_countryCodes; // and organisations' codes
    QSet<QString> m_organisationCodes;
    QHash<QString, QString> m_countryNames; // text as written -> code ("" when unknown)
    QSet<QString> m_known[3];               // vocabulary codes, by VocabularyKind
    QHash<qint64, qint64> m_meetings;       // file id -> new id
    QHash<qint64, qint64> m_skippedLines;   // file id of a meeting not written -> its line
    QSet<qint64> m_duplicateIds;            // file ids of meetings skipped as duplicates
    QHash<qint64, qint64> m_personIds;      // file id -> catalogue id
    QHash<qint64, qint64> m_documents;      // file id -> new id
    struct PendingLink
    {
        qint64 from = 0; // the new id of the linking document
        ImportLink link;
        qint64 line = 0;
    };
    QList<PendingLink> m_links;
};

Status ImportRun::prepare()
{
    auto countries = CountryRepository(m_catalogue).all();
    if (!countries)
        return countries.error();
    for (const Country &c : std::as_const(*countries)) {
        m_countryCodes.insert(c.code);
        if (c.organisation)
            m_organisationCodes.insert(c.code);
    }
    const VocabularyRepository vocabulary(m_catalogue);
    for (const VocabularyKind kind :
         {VocabularyKind::Format, VocabularyKind::DocumentKind, VocabularyKind::DocumentAction}) {
        auto entries = vocabulary.entries(kind);
        if (!entries)
            return entries.error();
        for (const auto &entry : std::as_const(*entries))
            m_known[int(kind)].insert(entry.code);
    }
    const auto contents = m_catalogue.contents();
    if (!contents)
        return contents.error();
    m_duplicates.emplace(m_catalogue, contents->meetings);
    m_people.emplace(m_catalogue, m_writer, contents->people);
    return {};
}

bool ImportRun::resolveCountry(QString &code, ImportRecord &record, const QString &field,
                               Scope scope)
{
    if (code.isEmpty())
        return true;
    auto known = m_countryNames.constFind(code);
    if (known == m_countryNames.cend()) {
        QString chosen = m_options.countryNames.value(code.trimmed());
        if (m_countryCodes.contains(code))
            chosen = code;
        else if (m_countryCodes.contains(code.toUpper()))
            chosen = code.toUpper();
        else if (!chosen.isEmpty() && !m_countryCodes.contains(chosen))
            chosen.clear();
        auto resolved = chosen.isEmpty() ? CountryRepository(m_catalogue).resolveParty(code)
                                         : Result<QString>(chosen);
        known = m_countryNames.insert(code, resolved ? *resolved : QString());
        if (known->isEmpty())
            m_report.unknownCountries.append(code.trimmed());
    }
    const CountryResolver &names = CountryResolver::builtIn();
    if (known->isEmpty()) {
        record.problems.append(
            {record.line, field,
             scope == Scope::Country ? names.notACountry(code) : names.notAParty(code)});
        return false;
    }
    if (scope == Scope::Country && m_organisationCodes.contains(*known)) {
        record.problems.append(
            {record.line, field,
             MeetingImporter::tr("“%1” is an international organisation: a place is in a country")
                 .arg(code)});
        return false;
    }
    code = *known;
    return true;
}

bool ImportRun::resolveCountries(ImportRecord &record)
{
    Meeting &m = record.meeting;
    bool ok = resolveCountry(m.placeCountry, record, u"country"_s, Scope::Country);
    for (Party &p : m.parties)
        ok = resolveCountry(p.country, record, u"parties"_s) && ok;
    for (Delegation &d : m.delegations)
        ok = resolveCountry(d.country, record, u"delegations"_s) && ok;
    for (OutcomeDocument &d : m.documents) {
        for (QString &c : d.parties)
            ok = resolveCountry(c, record, u"documents"_s) && ok;
    }
    for (auto *people : {&record.people, &record.mentioned}) {
        for (Person &p : *people) {
            ok = resolveCountry(p.country, record, u"person"_s) && ok;
            for (Position &pos : p.positions)
                ok = resolveCountry(pos.country, record, u"person"_s) && ok;
        }
    }
    return ok;
}

Status ImportRun::resolveVocabulary(ImportRecord &record)
{
    static const QRegularExpression code(u"^[a-z0-9_]+$"_s);
    const auto need = [&](VocabularyKind kind, const QString &value,
                          const QHash<QString, QString> &labels, const QString &field) -> Status {
        if (m_known[int(kind)].contains(value))
            return {};
        if (!code.match(value).hasMatch()) {
            record.problems.append(
                {record.line, field,
                 MeetingImporter::tr("“%1” is not a code (lowercase letters, digits and _)")
                     .arg(value)});
            return {};
        }
        {
            QString label = labels.value(value);
            if (label.isEmpty()) {
                label = value;
                label.replace(u'_', u' ');
                label[0] = label.at(0).toUpper();
            }
            if (Status s = m_writer.addVocabularyEntry(kind, value, label); !s)
                return s;
            m_known[int(kind)].insert(value);
            static const char *names[] = {QT_TRANSLATE_NOOP("MeetingImporter", "format"),
                                          QT_TRANSLATE_NOOP("MeetingImporter", "document kind"),
                                          QT_TRANSLATE_NOOP("MeetingImporter", "document action")};
            m_report.newVocabulary.append(
                MeetingImporter::tr("%1: %2 (%3)")
                    .arg(MeetingImporter::tr(names[int(kind)]), value, label));
            m_report.addedVocabulary.append({int(kind), value});
        }
        return {};
    };
    if (Status s =
            need(VocabularyKind::Format, record.meeting.format, record.formatLabels, u"format"_s);
        !s)
        return s;
    for (const OutcomeDocument &d : std::as_const(record.meeting.documents)) {
        if (Status s =
                need(VocabularyKind::DocumentKind, d.kind, record.kindLabels, u"documents"_s);
            !s)
            return s;
        if (Status s =
                need(VocabularyKind::DocumentAction, d.action, record.actionLabels, u"documents"_s);
            !s)
            return s;
    }
    return {};
}

Status ImportRun::resolvePeople(ImportRecord &record)
{
    for (Delegation &d : record.meeting.delegations) {
        for (DelegationMember &m : d.members) {
            const qint64 fileId = m.personId;
            if (const qint64 known = m_personIds.value(fileId)) {
                m.personId = known;
                continue;
            }
            const bool full = record.people.contains(fileId);
            if (!full && !record.mentioned.contains(fileId)) {
                record.problems.append(
                    {record.line, u"delegations"_s,
                     MeetingImporter::tr("person %1 is named before the file gives their record")
                         .arg(fileId)});
                continue;
            }
            Person person = full ? record.people.value(fileId) : record.mentioned.value(fileId);
            // Known only by name: the delegation they came with tells their country, which keeps
            // namesakes of other countries apart.
            if (!full && person.country.isEmpty())
                person.country = d.country;
            if (person.displayName().trimmed().isEmpty()) {
                record.problems.append({record.line, u"delegations"_s,
                                        MeetingImporter::tr("a member without a name")});
                continue;
            }
            if (const FieldProblems problems = person.validate(); !problems.isEmpty()) {
                for (const FieldProblem &p : problems)
                    record.problems.append(
                        {record.line, p.field, person.displayName() + u": "_s + p.message});
                continue;
            }
            auto match = m_people->resolve(person, full);
            if (!match)
                return match.error();
            m_personIds.insert(fileId, match->id);
            m.personId = match->id;
            if (match->created)
                m_report.newPeople.append({person.displayName(), {}});
            else if (!match->storedName.isEmpty())
                m_report.matchedPeople.append({person.displayName(), match->storedName});
        }
    }
    return {};
}

Status ImportRun::resolveTopics(ImportRecord &record)
{
    for (qsizetype i = 0; i < record.meeting.topics.size(); ++i) {
        const QStringList path = record.topicPaths.value(i, {record.meeting.topics.at(i).name});
        qint64 parent = 0;
        for (const QString &name : path) {
            auto id = m_writer.addTopic(name, parent);
            if (!id)
                return id.error();
            parent = *id;
        }
        record.meeting.topics[i].id = parent;
    }
    return {};
}

Result<bool> ImportRun::isDuplicate(const ImportRecord &record)
{
    auto existing = m_duplicates->find(record.meeting);
    if (!existing)
        return existing.error();
    if (existing->isEmpty())
        return false;
    m_report.duplicates.append(
        {record.line, record.meeting.title, record.meeting.start, std::move(*existing)});
    return !m_options.allowDuplicates;
}

void ImportRun::skip(const ImportRecord &record)
{
    if (record.meeting.id)
        m_skippedLines.insert(record.meeting.id, record.line);
}

Status ImportRun::take(ImportRecord record)
{
    ++m_report.recordsRead;
    Meeting &m = record.meeting;
    const qint64 fileId = m.id;
    if (fileId && (m_meetings.contains(fileId) || m_skippedLines.contains(fileId)))
        record.problems.append(
            {record.line, u"id"_s,
             MeetingImporter::tr("the id %1 is used by an earlier meeting of the file")
                 .arg(fileId)});
    if (m.parentId) {
        if (m_duplicateIds.contains(m.parentId)) {
            // A sub-event of a skipped duplicate goes with it.
            m_duplicateIds.insert(fileId);
            skip(record);
            return {};
        }
        if (const qint64 parent = m_meetings.value(m.parentId)) {
            m.parentId = parent;
        } else {
            const qint64 line = m_skippedLines.value(m.parentId);
            record.problems.append(
                {record.line, u"parent_id"_s,
                 line ? MeetingImporter::tr("its meeting (line %1) is not imported").arg(line)
                      : MeetingImporter::tr("there is no meeting %1 before it in the file")
                            .arg(m.parentId)});
        }
    }
    resolveCountries(record);
    // A CSV may name delegations without listing the parties: their countries take part.
    for (const Delegation &d : std::as_const(m.delegations)) {
        if (!d.country.isEmpty() && !m.party(d.country))
            m.parties.append({d.country, m.parties.isEmpty() && d.country == m.placeCountry
                                             ? PartyRole::Host
                                             : PartyRole::Participant});
    }
    for (const FieldProblem &p : m.validate()) {
        // A date the file's reader refused already comes with the same words.
        const bool known =
            std::any_of(record.problems.cbegin(), record.problems.cend(),
                        [&p](const ImportProblem &q) { return q.reason == p.message; });
        if (!known)
            record.problems.append({record.line, p.field, p.message});
    }
    if (record.problems.isEmpty()) {
        // Before anything is written for it: a skipped duplicate adds no people or codes.
        auto duplicate = isDuplicate(record);
        if (!duplicate)
            return duplicate.error();
        if (*duplicate) {
            m_duplicateIds.insert(fileId);
            skip(record);
            return {};
        }
        if (Status s = resolveVocabulary(record); !s)
            return s;
    }
    if (record.problems.isEmpty()) {
        if (Status s = resolvePeople(record); !s)
            return s;
    }
    if (!record.problems.isEmpty()) {
        ++m_report.invalidRecords;
        m_report.problems.append(record.problems);
        skip(record);
        return {};
    }
    if (Status s = resolveTopics(record); !s)
        return s;

    const QList<OutcomeDocument> documents = m.documents;
    m.id = 0;
    auto id = m_writer.add(m);
    if (!id)
        return id.error();
    m_duplicates->remember(m);
    if (fileId)
        m_meetings.insert(fileId, *id);
    m_report.meetingIds.append(*id);
    ++m_report.meetingsImported;
    if (m.parentId)
        ++m_report.subEventsImported;
    const QList<qint64> &newDocuments = m_writer.lastDocumentIds();
    for (qsizetype i = 0; i < documents.size() && i < newDocuments.size(); ++i) {
        if (documents.at(i).id)
            m_documents.insert(documents.at(i).id, newDocuments.at(i));
    }
    for (const ImportLink &link : std::as_const(record.links)) {
        if (link.document < newDocuments.size())
            m_links.append({newDocuments.at(link.document), link, record.line});
    }
    return {};
}

Status ImportRun::finish()
{
    QList<StoredLink> links;
    for (const PendingLink &pending : std::as_const(m_links)) {
        if (const qint64 target = m_documents.value(pending.link.targetFileId)) {
            links.append({pending.from, target, pending.link.relation});
            continue;
        }
        m_report.problems.append(
            {pending.line, u"documents"_s,
             MeetingImporter::tr("the link to “%1” is left out: that document is not in the file")
                 .arg(pending.link.targetTitle)});
    }
    return m_writer.addLinks(links);
}

} // namespace

MeetingImporter::MeetingImporter(const Catalogue &catalogue, ImportOptions options)
    : m_catalogue(catalogue)
    , m_options(std::move(options))
{}

Result<ImportReport> MeetingImporter::run(ImportFile &file)
{
    ImportReport report;
    report.file = file.displayName();
    BulkWriter::Options writerOptions;
    // One transaction for the whole file: a failure, however late, leaves nothing behind.
    writerOptions.meetingsPerTransaction = std::numeric_limits<int>::max();
    writerOptions.cancelled = m_options.cancelled;
    writerOptions.durable = true;
    // Writing into a damaged file can spread the damage and hides it under new work: a file that
    // `check` would refuse is not written at all.
    if (!m_options.dryRun) {
        auto problems = m_catalogue.integrityProblems(Catalogue::Check::Quick);
        if (!problems)
            return problems.error();
        if (!problems->isEmpty())
            return Error{Error::Kind::CatalogueUnusable,
                         tr("The catalogue %1 is damaged, so nothing was imported: `entente check` "
                            "lists the damage. Restore the catalogue from a backup copy.")
                             .arg(QDir::toNativeSeparators(m_catalogue.path())),
                         problems->join(u'\n')};
    }
    BulkWriter writer(m_catalogue, writerOptions);
    ImportRun run(m_catalogue, m_options, writer, report);
    if (Status s = run.prepare(); !s)
        return s.error();
    if (Status s = writer.begin(); !s)
        return s.error();

    const auto failed = [&](const Error &error) -> Result<ImportReport> {
        (void)writer.rollback();
        if (writer.wasCancelled()) {
            report.cancelled = true;
            return report;
        }
        return error;
    };
    for (;;) {
        if (m_options.cancelled && m_options.cancelled()) {
            (void)writer.rollback();
            report.cancelled = true;
            return report;
        }
        auto record = file.next();
        if (!record)
            return failed(record.error());
        if (!*record)
            break;
        if (Status s = run.take(std::move(**record)); !s)
            return failed(s.error());
        if (m_options.progress && report.recordsRead % 64 == 0)
            m_options.progress(report.recordsRead, file.bytesRead());
    }
    if (Status s = run.finish(); !s)
        return failed(s.error());
    if (m_options.progress)
        m_options.progress(report.recordsRead, file.bytesRead());

    const bool refuse = report.invalidRecords > 0 && !m_options.skipInvalid;
    if (m_options.dryRun || refuse) {
        if (Status s = writer.rollback(); !s)
            return s.error();
        return report;
    }
    report.ranges = writer.writtenRanges();
    if (Status s = writer.commit(); !s)
        return s.error();
    report.written = true;
    return report;
}

Status MeetingImporter::remove(const Catalogue &catalogue, const ImportReport &report)
{
    const QString what = tr("Cannot undo the import of %1").arg(report.file);
    auto transaction = Transaction::begin(catalogue);
    if (!transaction)
        return transaction.error();
    if (Status s = BulkUndo::remove(catalogue, report.ranges, what); !s)
        return s;
    for (const auto &[kind, code] : report.addedVocabulary) {
        if (Status s = VocabularyRepository(catalogue).remove(VocabularyKind(kind), code); !s)
            return s;
    }
    return transaction->commit();
}

} // namespace entente
