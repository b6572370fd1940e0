// CSV and JSON export: the schema, a lossless round trip of every field, whole meeting trees,
// atomic files and unwritable paths.

#include "io/meetingcsv.h"
#include "io/meetingexporter.h"
#include "meetingfixture.h"
#include "reports/meetingselection.h"
#include "storage/meetingrepository.h"
#include "storage/personrepository.h"
#include "testcatalogue.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace entente;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QJsonArray readJson(const QString &path)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(readAll(path), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning().noquote() << "not JSON:" << error.errorString();
    return document.array();
}

// RFC 4180, as a spreadsheet reads it.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                cell += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row.append(cell);
            cell.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row.append(cell);
            rows.append(row);
            row.clear();
            cell.clear();
            ++i;
        } else {
            cell += c;
        }
    }
    return rows;
}

PartialDate date(const QJsonValue &value)
{
    return value.isNull() ? PartialDate() : PartialDate::fromIso(value.toString());
}

QString textOrEmpty(const QJsonValue &value)
{
    return value.isNull() ? QString() : value.toString();
}

DelegationMember memberFrom(const QJsonObject &o, bool head, QHash<qint64, Person> &people)
{
    DelegationMember m;
    m.personId = o[u"person_id"_s].toInteger();
    m.position = o[u"position"_s].toString();
    m.head = head;
    // The person's whole record comes with their first appearance in the file only.
    if (!o.contains(u"person"_s)) {
        const auto known = people.constFind(m.personId);
        if (known == people.constEnd()) {
            qWarning() << "person" << m.personId << "referred to before their record";
            return m;
        }
        m.nameLatin = known->nameLatin;
        m.nameNative = known->nameNative;
        return m;
    }
    const QJsonObject p = o[u"person"_s].toObject();
    m.nameLatin = p[u"name_latin"_s].toString();
    m.nameNative = p[u"name_native"_s].toString();
    if (people.contains(m.personId))
        qWarning() << "person" << m.personId << "written twice";
    Person person;
    person.id = p[u"id"_s].toInteger();
    person.nameLatin = m.nameLatin;
    person.nameNative = m.nameNative;
    for (const QJsonValue &alias : p[u"aliases"_s].toArray())
        person.aliases.append(alias.toString());
    person.country = textOrEmpty(p[u"country"_s]);
    person.version = p[u"version"_s].toInt();
    for (const QJsonValue &value : p[u"positions"_s].toArray()) {
        const QJsonObject pos = value.toObject();
        person.positions.append({0, pos[u"title"_s].toString(), pos[u"organisation"_s].toString(),
                                 textOrEmpty(pos[u"country"_s]), date(pos[u"from"_s]),
                                 date(pos[u"to"_s])});
    }
    people.insert(person.id, person);
    return m;
}

// What an importer would read back: a Meeting value from one exported object, and the people in
// it.
Meeting meetingFrom(const QJsonObject &o, QHash<qint64, Person> &people)
{
    Meeting m;
    m.id = o[u"id"_s].toInteger();
    m.parentId = o[u"parent_id"_s].isNull() ? 0 : o[u"parent_id"_s].toInteger();
    m.title = o[u"title"_s].toString();
    m.start = date(o[u"start_date"_s]);
    m.end = date(o[u"end_date"_s]);
    m.place = o[u"place"_s].toString();
    m.placeCountry = textOrEmpty(o[u"country"_s]);
    m.format = o[u"format"_s].toString();
    m.status = statusFromCode(o[u"status"_s].toString()).value();
    for (const QJsonValue &value : o[u"parties"_s].toArray())
        m.parties.append(
            {value[u"country"_s].toString(), roleFromCode(value[u"role"_s].toString()).value()});
    for (const QJsonValue &value : o[u"delegations"_s].toArray()) {
        Delegation d;
        d.country = value[u"country"_s].toString();
        if (!value[u"head"_s].isNull())
            d.members.append(memberFrom(value[u"head"_s].toObject(), true, people));
        for (const QJsonValue &member : value[u"members"_s].toArray())
            d.members.append(memberFrom(member.toObject(), false, people));
        m.delegations.append(d);
    }
    const QJsonArray paths = o[u"topic_paths"_s].toArray();
    const QJsonArray topics = o[u"topics"_s].toArray();
    for (qsizetype i = 0; i < topics.size(); ++i) {
        m.topics.append({0, topics.at(i).toString()});
        if (paths.at(i).toArray().last().toString() != topics.at(i).toString())
            qWarning() << "topic path does not end in the topic" << paths.at(i);
    }
    for (const QJsonValue &value : o[u"documents"_s].toArray()) {
        OutcomeDocument d;
        d.id = value[u"id"_s].toInteger();
        d.title = value[u"title"_s].toString();
        d.kind = value[u"kind"_s].toString();
        d.action = value[u"action"_s].toString();
        d.date = date(value[u"date"_s]);
        d.periodStart = date(value[u"period"_s][u"start"_s]);
        d.periodEnd = date(value[u"period"_s][u"end"_s]);
        for (const QJsonValue &party : value[u"parties"_s].toArray())
            d.parties.append(party.toString());
        for (const QJsonValue &link : value[u"links"_s].toArray())
            d.links.append({relationFromCode(link[u"relation"_s].toString()).value(),
                            link[u"document_id"_s].toInteger(), link[u"title"_s].toString()});
        m.documents.append(d);
    }
    m.tone = o[u"tone"_s].toString();
    m.summary = o[u"summary"_s].toString();
    for (const QJsonValue &value : o[u"sources"_s].toArray())
        m.sources.append({value[u"publisher"_s].toString(), value[u"title"_s].toString(),
                          value[u"url"_s].toString(), date(value[u"published"_s]),
                          value[u"text"_s].toString()});
    for (const QJsonValue &value : o[u"sub_event_ids"_s].toArray())
        m.subEvents.append({value.toInteger(), {}, {}});
    m.version = o[u"version"_s].toInt();
    m.createdAt = QDateTime::fromString(o[u"created_at"_s].toString(), Qt::ISODateWithMs);
    m.updatedAt = QDateTime::fromString(o[u"updated_at"_s].toString(), Qt::ISODateWithMs);
    return m;
}

QStringList keys(const QJsonValue &value)
{
    QStringList list = value.toObject().keys();
    list.sort();
    return list;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

class TestMeetingExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void jsonHasTheDocumentedSchema();
    void jsonRoundTripsEveryField();
    void everyParentIsInTheFileBeforeItsSubEvents();
    void aSubEventBringsItsMeeting();
    void csvRowsReadBack();
    void emptySelection();
    void formatFromPath_data();
    void formatFromPath();
    void unwritablePathIsAnOutputError();
    void cancelledExportLeavesNoFile();

private:
    QString exportTo(MeetingExporter::Format format, const MeetingSelection &selection,
                     MeetingExporter::Options options = {});

    QTemporaryDir m_out;
    test::TestCatalogue m_catalogue;
    SampleCatalogue::Ids m_sample;
    test::MeetingFixture m_fixture;
    int m_file = 0;
};

void TestMeetingExport::initTestCase()
{
    QVERIFY(m_out.isValid());
    QVERIFY(m_catalogue);
    m_sample = m_catalogue.addSample();
    QVERIFY(m_sample.meeting > 0);
    m_fixture = test::MeetingFixture::build(*m_catalogue, 60);
    QCOMPARE(m_fixture.meetingIds.size(), 60);
}

QString TestMeetingExport::exportTo(MeetingExporter::Format format,
                                    const MeetingSelection &selection,
                                    MeetingExporter::Options options)
{
    options.format = format;
    const QString path = m_out.filePath(u"export-%1.%2"_s.arg(++m_file).arg(
        format == MeetingExporter::Format::Csv ? u"csv"_s : u"json"_s));
    MeetingExporter exporter(*m_catalogue, options);
    if (Status s = exporter.write(selection, path); !s) {
        qWarning().noquote() << s.error().message << s.error().detail;
        return {};
    }
    return path;
}

void TestMeetingExport::jsonHasTheDocumentedSchema()
{
    const QString path =
        exportTo(MeetingExporter::Format::Json, MeetingSelection::fromIds({m_sample.meeting}, {}));
    QVERIFY(!path.isEmpty());
    const QByteArray bytes = readAll(path);
    QVERIFY(bytes.startsWith("[\n    {\n"));
    QVERIFY(bytes.endsWith("}\n]\n"));
    const QJsonArray array = readJson(path);
    QCOMPARE(array.size(), 2); // the meeting and its sub-event
    const QJsonObject meeting = array.at(0).toObject();
    QCOMPARE(
        keys(meeting),
        sorted({u"id"_s,         u"parent_id"_s,   u"title"_s,   u"start_date"_s,    u"end_date"_s,
                u"place"_s,      u"country"_s,     u"format"_s,  u"format_label"_s,  u"status"_s,
                u"parties"_s,    u"delegations"_s, u"topics"_s,  u"topic_paths"_s,   u"documents"_s,
                u"tone"_s,       u"summary"_s,     u"sources"_s, u"sub_event_ids"_s, u"version"_s,
                u"created_at"_s, u"updated_at"_s}));
    QCOMPARE(meeting[u"format_label"_s].toString(), u"Joint meeting of collegiums"_s);
    QCOMPARE(meeting[u"topic_paths"_s].toArray().at(2).toArray(), QJsonArray{u"Disarmament"_s});

    const QJsonObject delegation = meeting[u"delegations"_s].toArray().at(0).toObject();
    QCOMPARE(keys(delegation), sorted({u"country"_s, u"head"_s, u"members"_s}));
    const QJsonObject head = delegation[u"head"_s].toObject();
    QCOMPARE(keys(head),
             sorted({u"person_id"_s, u"name"_s, u"name_native"_s, u"position"_s, u"person"_s}));
    const QJsonObject person = head[u"person"_s].toObject();
    QCOMPARE(keys(person), sorted({u"id"_s, u"name_latin"_s, u"name_native"_s, u"aliases"_s,
                                   u"country"_s, u"positions"_s, u"version"_s}));
    QCOMPARE(person[u"id"_s].toInteger(), m_sample.lavrov);
    QCOMPARE(person[u"name_latin"_s].toString(), u"Sergey Lavrov"_s);
    QCOMPARE(person[u"name_native"_s].toString(), u"Сергей Лавров"_s);
    QCOMPARE(person[u"aliases"_s].toArray(),
             (QJsonArray{u"Sergei Lavrov"_s, u"Сергей Викторович Лавров"_s}));
    const QJsonObject position = person[u"positions"_s].toArray().at(0).toObject();
    QCOMPARE(keys(position),
             sorted({u"title"_s, u"organisation"_s, u"country"_s, u"from"_s, u"to"_s}));
    QCOMPARE(position[u"from"_s].toString(), u"2004-03"_s);
    QVERIFY(position[u"to"_s].isNull());

    const QJsonArray documents = meeting[u"documents"_s].toArray();
    QCOMPARE(keys(documents.at(1)),
             sorted({u"id"_s, u"title"_s, u"kind"_s, u"kind_label"_s, u"action"_s,
                     u"action_label"_s, u"date"_s, u"period"_s, u"parties"_s, u"links"_s}));
    const QJsonObject link = documents.at(1)[u"links"_s].toArray().at(0).toObject();
    QCOMPARE(keys(link), sorted({u"relation"_s, u"document_id"_s, u"title"_s, u"meeting_id"_s}));
    QCOMPARE(link[u"meeting_id"_s].toInteger(), m_sample.meeting);
    QCOMPARE(link[u"document_id"_s].toInteger(), documents.at(0)[u"id"_s].toInteger());

    const QJsonObject sub = array.at(1).toObject();
    QCOMPARE(sub[u"parent_id"_s].toInteger(), m_sample.meeting);
    QCOMPARE(meeting[u"sub_event_ids"_s].toArray(), QJsonArray{m_sample.oneToOne});
}

void TestMeetingExport::jsonRoundTripsEveryField()
{
    // A person referred to before their record, or written twice, fails the test.
    QTest::failOnWarning(QRegularExpression(u"^person "_s));
    const auto selection = MeetingSelection::fromQuery(*m_catalogue, QString());
    QVERIFY(selection.ok());
    const QString path = exportTo(MeetingExporter::Format::Json, *selection);
    QVERIFY(!path.isEmpty());
    const QJsonArray array = readJson(path);
    QCOMPARE(array.size(), selection->ids.size());

    const MeetingRepository meetings(*m_catalogue);
    const PersonRepository peopleRepository(*m_catalogue);
    QHash<qint64, Person> people;
    for (const QJsonValue &value : array) {
        const Meeting read = meetingFrom(value.toObject(), people);
        const Meeting stored = *meetings.get(read.id);
        QCOMPARE(read.parentId, stored.parentId);
        QCOMPARE(read.title, stored.title);
        QCOMPARE(read.start, stored.start);
        QCOMPARE(read.effectiveEnd(), stored.effectiveEnd());
        QCOMPARE(read.place, stored.place);
        QCOMPARE(read.placeCountry, stored.placeCountry);
        QCOMPARE(read.format, stored.format);
        QCOMPARE(read.status, stored.status);
        QCOMPARE(read.parties, stored.parties);
        QCOMPARE(read.delegations, stored.delegations);
        for (qsizetype d = 0; d < stored.delegations.size(); ++d) {
            for (qsizetype k = 0; k < stored.delegations.at(d).members.size(); ++k) {
                QCOMPARE(read.delegations.at(d).members.at(k).nameLatin,
                         stored.delegations.at(d).members.at(k).nameLatin);
                QCOMPARE(read.delegations.at(d).members.at(k).nameNative,
                         stored.delegations.at(d).members.at(k).nameNative);
            }
        }
        QCOMPARE(read.topics.size(), stored.topics.size());
        for (qsizetype t = 0; t < stored.topics.size(); ++t)
            QCOMPARE(read.topics.at(t).name, stored.topics.at(t).name);
        QCOMPARE(read.documents, stored.documents);
        QCOMPARE(read.tone, stored.tone);
        QCOMPARE(read.summary, stored.summary);
        QCOMPARE(read.sources, stored.sources);
        QCOMPARE(read.subEvents.size(), stored.subEvents.size());
        for (qsizetype s = 0; s < stored.subEvents.size(); ++s)
            QCOMPARE(read.subEvents.at(s).id, stored.subEvents.at(s).id);
        QCOMPARE(read.version, stored.version);
        QCOMPARE(read.createdAt, stored.createdAt);
        QCOMPARE(read.updatedAt, stored.updatedAt);
    }
    // The sample's two ministers, the fixture's ten and its Russian deputy.
    QCOMPARE(people.size(), 13);
    for (const Person &read : std::as_const(people)) {
        Person stored = *peopleRepository.get(read.id);
        for (Position &p : stored.positions)
            p.id = 0; // positions are matched by content on import
        QCOMPARE(read.nameLatin, stored.nameLatin);
        QCOMPARE(read.nameNative, stored.nameNative);
        QCOMPARE(read.aliases, stored.aliases);
        QCOMPARE(read.country, stored.country);
        QCOMPARE(read.positions, stored.positions);
        QCOMPARE(read.version, stored.version);
    }
}

void TestMeetingExport::everyParentIsInTheFileBeforeItsSubEvents()
{
    // Newest first: the parents come late in the selection, yet before their sub-events in the
    // file.
    QList<qint64> ids = m_fixture.subEventIds;
    ids.append(m_fixture.meetingIds);
    const QString path =
        exportTo(MeetingExporter::Format::Json, MeetingSelection::fromIds(ids, {}));
    const QJsonArray array = readJson(path);
    QCOMPARE(array.size(), m_fixture.meetingIds.size() + m_fixture.subEventIds.size());
    QSet<qint64> seen;
    for (const QJsonValue &value : array) {
        const QJsonValue parent = value[u"parent_id"_s];
        if (!parent.isNull())
            QVERIFY(seen.contains(parent.toInteger()));
        seen.insert(value[u"id"_s].toInteger());
    }
    QCOMPARE(seen.size(), array.size());
}

void TestMeetingExport::aSubEventBringsItsMeeting()
{
    const QString path =
        exportTo(MeetingExporter::Format::Json, MeetingSelection::fromIds({m_sample.oneToOne}, {}));
    const QJsonArray array = readJson(path);
    QCOMPARE(array.size(), 2);
    QCOMPARE(array.at(0)[u"id"_s].toInteger(), m_sample.meeting);
    QCOMPARE(array.at(1)[u"id"_s].toInteger(), m_sample.oneToOne);
    QCOMPARE(array.at(1)[u"parent_id"_s].toInteger(), m_sample.meeting);
}

void TestMeetingExport::csvRowsReadBack()
{
    test::TestCatalogue catalogue;
    const auto ids = catalogue.addSample();
    MeetingRepository meetings(*catalogue);
    Meeting m = *meetings.get(ids.meeting);
    m.title = u"=HYPERLINK(\"http://example.org\",\"Совместное заседание\")"_s;
    m.tone = u"-дружественный, конструктивный"_s;
    m.summary = u"Line one, with a comma\nline \"two\""_s;
    QVERIFY(meetings.update(m).ok());

    for (const bool bom : {false, true}) {
        MeetingExporter::Options options;
        options.format = MeetingExporter::Format::Csv;
        options.csv.byteOrderMark = bom;
        const QString path = QDir(catalogue.dir()).filePath(u"out.csv"_s);
        MeetingExporter exporter(*catalogue, options);
        QVERIFY(exporter.write(MeetingSelection::fromIds({ids.meeting}, {}), path).ok());
        QByteArray bytes = readAll(path);
        QCOMPARE(bytes.startsWith("\xEF\xBB\xBF"), bom);
        if (bom)
            bytes.remove(0, 3);
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(bytes));
        QCOMPARE(rows.size(), 3); // header, the meeting, its sub-event
        QCOMPARE(rows.at(0), MeetingCsv::header());
        const QStringList &row = rows.at(1);
        QCOMPARE(row.size(), MeetingCsv::header().size());
        const auto cell = [&](const QString &column) {
            return row.at(MeetingCsv::header().indexOf(column));
        };
        QCOMPARE(cell(u"id"_s), QString::number(ids.meeting));
        QCOMPARE(cell(u"parent_id"_s), QString());
        QCOMPARE(cell(u"title"_s), u"'"_s + m.title);
        QCOMPARE(cell(u"tone"_s), u"'-дружественный, конструктивный"_s);
        QCOMPARE(cell(u"summary"_s), m.summary);
        QCOMPARE(cell(u"start_date"_s), u"2009-11-25"_s);
        QCOMPARE(cell(u"end_date"_s), u"2009-11-25"_s);
        QCOMPARE(cell(u"country"_s), u"RUS"_s);
        QCOMPARE(cell(u"format"_s), u"joint_collegium"_s);
        QCOMPARE(cell(u"status"_s), u"held"_s);
        QCOMPARE(cell(u"parties"_s), u"RUS (host); BLR (guest)"_s);
        QCOMPARE(cell(u"heads_of_delegation"_s),
                 u"RUS: Sergey Lavrov (Minister of Foreign Affairs of the Russian Federation); "
                 "BLR: Sergey Martynov (Minister of Foreign Affairs of the Republic of Belarus)"_s);
        QCOMPARE(cell(u"delegation_members"_s), QString());
        QVERIFY(cell(u"topics"_s)
                    .startsWith(u"European security architecture; Treaty on "
                                "European Security; Disarmament"_s));
        QVERIFY(cell(u"documents"_s)
                    .contains(u"for 2010 [plan, signed, 2009-11-25, period 2010/2010]"_s));
        QCOMPARE(cell(u"sub_event_ids"_s), QString::number(ids.oneToOne));
        QCOMPARE(rows.at(2).at(1), QString::number(ids.meeting)); // the sub-event's parent
    }
}

void TestMeetingExport::emptySelection()
{
    const QString json = exportTo(MeetingExporter::Format::Json, MeetingSelection::fromIds({}, {}));
    QCOMPARE(readAll(json), QByteArray("[]\n"));
    const QString csv = exportTo(MeetingExporter::Format::Csv, MeetingSelection::fromIds({}, {}));
    QCOMPARE(readAll(csv), MeetingCsv::header().join(u',').toUtf8() + "\r\n");
}

void TestMeetingExport::formatFromPath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("format");
    QTest::newRow("csv") << u"/tmp/out.csv"_s << int(MeetingExporter::Format::Csv);
    QTest::newRow("JSON") << u"out.JSON"_s << int(MeetingExporter::Format::Json);
    QTest::newRow("none") << u"out"_s << -1;
    QTest::newRow("pdf") << u"out.pdf"_s << -1;
}

void TestMeetingExport::formatFromPath()
{
    QFETCH(QString, path);
    QFETCH(int, format);
    const auto found = MeetingExporter::formatFromPath(path);
    QCOMPARE(found ? int(*found) : -1, format);
}

void TestMeetingExport::unwritablePathIsAnOutputError()
{
    for (const QString &path :
         {u"/etc/hostname/out.json"_s, m_out.filePath(u"no/such/folder/out.csv"_s)}) {
        MeetingExporter exporter(*m_catalogue, {});
        const Status s = exporter.write(MeetingSelection::fromIds({m_sample.meeting}, {}), path);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().kind, Error::Kind::Output);
        QVERIFY2(s.error().message.contains(QDir::toNativeSeparators(path)),
                 qPrintable(s.error().message));
        QVERIFY(!QFileInfo::exists(path));
    }
}

void TestMeetingExport::cancelledExportLeavesNoFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"cancelled.json"_s);
    MeetingExporter exporter(*m_catalogue, {});
    exporter.setProgress([](qint64 done, qint64) { return done < 10; });
    const Status s = exporter.write(MeetingSelection::fromIds(m_fixture.meetingIds, {}), path);
    QVERIFY(!s.ok());
    QVERIFY(exporter.wasCancelled());
    QCOMPARE(exporter.meetingsWritten(), 10);
    QVERIFY(
        QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
}

QTEST_GUILESS_MAIN(TestMeetingExport)
#include "tst_meetingexport.moc"
