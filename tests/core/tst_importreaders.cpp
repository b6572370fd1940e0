// The readers of import files: the JSON array stream, the CSV reader with its encoding and
// delimiter detection, the column guess, and the decoders' reading of cells and fields.

#include "import/csvcolumns.h"
#include "import/csvreader.h"
#include "import/importfile.h"
#include "import/jsonarraystream.h"
#include "import/meetingcsvdecoder.h"
#include "import/meetingjsondecoder.h"
#include "io/meetingcsv.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace entente;

class TestImportReaders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonStreamReadsElementsWithTheirLines();
    void jsonStreamReadsAcrossChunks();
    void jsonStreamReadsOneObjectAlone();
    void jsonStreamRefusesMalformedFiles_data();
    void jsonStreamRefusesMalformedFiles();
    void jsonDecoderReadsEveryField();
    void jsonDecoderNamesTheFieldAndLineOfAProblem();
    void csvReaderDetectsEncodingAndDelimiter_data();
    void csvReaderDetectsEncodingAndDelimiter();
    void csvReaderReadsQuotedFieldsAcrossLines();
    void csvReaderRefusesAnUnclosedQuote();
    void csvReaderRefusesBinaryData();
    void columnsAreGuessedInEnglishAndRussian();
    void csvDecoderReadsTheExportCells();
    void csvDecoderReportsBadCells();
    void importFileTellsTheFormatByContent();
    void importFileRefusesExtraFields();

private:
    QString write(const QByteArray &bytes, const QString &name);
    QTemporaryDir m_dir;
};

QString TestImportReaders::write(const QByteArray &bytes, const QString &name)
{
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return file.fileName();
}

void TestImportReaders::jsonStreamReadsElementsWithTheirLines()
{
    QByteArray text =
        "[\n    {\"id\": 1,\n     \"title\": \"A\"},\n    {\"id\": 2, \"title\": \"Б\"}\n]\n";
    QBuffer buffer(&text);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    JsonArrayStream stream(&buffer, u"in.json"_s);
    auto first = stream.next();
    QVERIFY(first.ok());
    QVERIFY(first->has_value());
    QCOMPARE((*first)->line, 2);
    QCOMPARE((*first)->object.value(u"title"_s).toString(), u"A"_s);
    QCOMPARE(JsonArrayStream::lineOfKey((*first)->text, u"title"), 2);
    auto second = stream.next();
    QVERIFY(second.ok() && second->has_value());
    QCOMPARE((*second)->line, 4);
    QCOMPARE((*second)->object.value(u"title"_s).toString(), u"Б"_s);
    auto end = stream.next();
    QVERIFY(end.ok());
    QVERIFY(!end->has_value());

    QByteArray empty = " [ ] ";
    QBuffer emptyBuffer(&empty);
    QVERIFY(emptyBuffer.open(QIODevice::ReadOnly));
    JsonArrayStream emptyStream(&emptyBuffer, u"e.json"_s);
    auto none = emptyStream.next();
    QVERIFY(none.ok());
    QVERIFY(!none->has_value());
}

void TestImportReaders::jsonStreamReadsAcrossChunks()
{
    // Elements larger than a read chunk, with braces and escaped quotes inside strings.
    QByteArray text = "[";
    const QByteArray filler(300 * 1024, 'x');
    for (int i = 0; i < 3; ++i) {
        if (i)
            text += ",\n";
        text += "{\"id\": " + QByteArray::number(i + 1) + ", \"title\": \"{[\\\"" + filler +
                "\\\"]}\"}";
    }
    text += "]";
    QBuffer buffer(&text);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    JsonArrayStream stream(&buffer, u"big.json"_s);
    for (int i = 0; i < 3; ++i) {
        auto element = stream.next();
        QVERIFY2(element.ok(), qPrintable(element.ok() ? QString() : element.error().message));
        QVERIFY(element->has_value());
        QCOMPARE((*element)->object.value(u"id"_s).toInt(), i + 1);
        QCOMPARE((*element)->object.value(u"title"_s).toString().size(), filler.size() + 6);
        QCOMPARE((*element)->line, i + 1);
    }
    auto end = stream.next();
    QVERIFY(end.ok() && !end->has_value());
}

void TestImportReaders::jsonStreamReadsOneObjectAlone()
{
    // What `entente show ID --format json` prints: one meeting, not in an array.
    QByteArray text = "\n{\"id\": 7,\n \"title\": \"Talks\"}\n";
    QBuffer buffer(&text);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    JsonArrayStream stream(&buffer, u"one.json"_s);
    auto element = stream.next();
    QVERIFY(element.ok() && element->has_value());
    QCOMPARE((*element)->line, 2);
    QCOMPARE((*element)->object.value(u"title"_s).toString(), u"Talks"_s);
    auto end = stream.next();
    QVERIFY(end.ok());
    QVERIFY(!end->has_value());
}

void TestImportReaders::jsonStreamRefusesMalformedFiles_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QByteArray("  \n") << u"the file is empty"_s;
    QTest::newRow("object and more")
        << QByteArray("{\"id\": 1}\n{\"id\": 2}") << u"line 2: text after the meeting"_s;
    QTest::newRow("not json") << QByteArray("hello") << u"does not start with “[”"_s;
    QTest::newRow("truncated inside") << QByteArray("[\n{\"id\": 1},\n{\"id\": 2, \"title\": \"A")
                                      << u"ends inside the meeting that starts on line 3"_s;
    QTest::newRow("no closing bracket") << QByteArray("[{\"id\": 1}") << u"without the closing"_s;
    QTest::newRow("missing comma")
        << QByteArray("[{\"id\": 1}\n{\"id\": 2}]") << u"line 2: “,” or “]” expected"_s;
    QTest::newRow("trailing comma") << QByteArray("[{\"id\": 1},\n]") << u"a comma before"_s;
    QTest::newRow("not an object") << QByteArray("[1, 2]") << u"meeting 1 is not a JSON object"_s;
    QTest::newRow("text after") << QByteArray("[]\nmore") << u"line 2: text after the closing"_s;
    QTest::newRow("binary") << QByteArray("[{\"a\": \"\0\"}]", 12) << u"binary data"_s;
    QTest::newRow("bad value") << QByteArray("[\n{\"id\": 1,\n \"title\": nope}]") << u"line 3:"_s;
}

void TestImportReaders::jsonStreamRefusesMalformedFiles()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, message);
    QBuffer buffer(&text);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    JsonArrayStream stream(&buffer, u"bad.json"_s);
    for (int i = 0; i < 5; ++i) {
        auto element = stream.next();
        if (!element.ok()) {
            QVERIFY2(element.error().message.contains(message),
                     qPrintable(element.error().message));
            QVERIFY(element.error().message.contains(u"bad.json"_s));
            return;
        }
        if (!element->has_value())
            break;
    }
    QFAIL("the malformed file was read without an error");
}

void TestImportReaders::jsonDecoderReadsEveryField()
{
    JsonArrayStream::Element element;
    element.line = 10;
    element.text = R"({"id": 7, "parent_id": null, "title": "Talks", "start_date": "2009-11-25",
        "end_date": "2009-11-27", "place": "Moscow", "country": "RUS", "format": "round_table",
        "format_label": "Round table", "status": "planned",
        "parties": [{"country": "RUS", "role": "host"}, {"country": "BLR", "role": "guest"}],
        "delegations": [{"country": "BLR", "head": {"person_id": 4, "name": "Sergei Martynov",
            "name_native": "Сергей Мартынов", "position": "Minister",
            "person": {"id": 4, "name_latin": "Sergei Martynov", "name_native": "Сергей Мартынов",
                "aliases": ["Мартынаў"], "country": "BLR",
                "positions": [{"title": "Minister", "organisation": "MFA", "country": "BLR",
                    "from": "2003-03", "to": "2012-08"}]}},
            "members": [{"person_id": 9, "name": "Иван Петров", "name_native": "Иван Петров",
                "position": "Deputy"}]}],
        "topics": ["Disarmament"], "topic_paths": [["Security", "Disarmament"]],
        "documents": [{"id": 3, "title": "Plan", "kind": "plan", "kind_label": "Plan",
            "action": "signed", "action_label": "Signed", "date": "2009-11-25",
            "period": {"start": "2010", "end": "2010"}, "parties": ["RUS", "BLR"],
            "links": [{"relation": "develops", "document_id": 2, "title": "Programme",
                "meeting_id": 1}]}],
        "tone": "friendly", "summary": "Line one\nLine two",
        "sources": [{"publisher": "MFA", "title": "Release", "url": "https://example.org/1",
            "published": "2009-11-26", "text": "Text"}],
        "unknown_field": {"ignored": true},
        "created_at": "2024-03-05T14:30:00.000Z", "updated_at": "2024-03-05T14:30:00.120Z"})";
    element.object = QJsonDocument::fromJson(element.text).object();
    QVERIFY(!element.object.isEmpty());
    const ImportRecord r = MeetingJsonDecoder::decode(element);
    QVERIFY2(r.problems.isEmpty(), qPrintable(r.problems.value(0).reason));
    const Meeting &m = r.meeting;
    QCOMPARE(r.line, 10);
    QCOMPARE(m.id, 7);
    QCOMPARE(m.parentId, 0);
    QCOMPARE(m.title, u"Talks"_s);
    QCOMPARE(m.start, PartialDate::day(2009, 11, 25));
    QCOMPARE(m.end, PartialDate::day(2009, 11, 27));
    QCOMPARE(m.placeCountry, u"RUS"_s);
    QCOMPARE(m.format, u"round_table"_s);
    QCOMPARE(r.formatLabels.value(u"round_table"_s), u"Round table"_s);
    QCOMPARE(m.status, MeetingStatus::Planned);
    QCOMPARE(m.parties.size(), 2);
    QCOMPARE(m.parties.at(1).role, PartyRole::Guest);
    QCOMPARE(m.delegations.size(), 1);
    QCOMPARE(m.delegations.at(0).members.size(), 2);
    QVERIFY(m.delegations.at(0).members.at(0).head);
    QCOMPARE(m.delegations.at(0).members.at(0).personId, 4);
    QCOMPARE(r.people.value(4).aliases, QStringList{u"Мартынаў"_s});
    QCOMPARE(r.people.value(4).positions.value(0).to, PartialDate::month(2012, 8));
    QVERIFY(!r.people.contains(9));
    QCOMPARE(r.mentioned.value(9).nameNative, u"Иван Петров"_s);
    QCOMPARE(r.topicPaths, (QList<QStringList>{{u"Security"_s, u"Disarmament"_s}}));
    QCOMPARE(m.documents.size(), 1);
    QCOMPARE(m.documents.at(0).periodEnd, PartialDate::year(2010));
    QCOMPARE(r.links.size(), 1);
    QCOMPARE(r.links.at(0).targetFileId, 2);
    QCOMPARE(r.links.at(0).relation, DocumentRelation::Develops);
    QCOMPARE(m.summary, u"Line one\nLine two"_s);
    QCOMPARE(m.sources.value(0).published, PartialDate::day(2009, 11, 26));
    QCOMPARE(m.createdAt.toUTC().toString(Qt::ISODateWithMs), u"2024-03-05T14:30:00.000Z"_s);
}

void TestImportReaders::jsonDecoderNamesTheFieldAndLineOfAProblem()
{
    JsonArrayStream::Element element;
    element.line = 20;
    element.text =
        "{\"id\": 1,\n \"title\": 5,\n \"start_date\": \"2009-02-30\",\n"
        " \"status\": \"done\",\n \"parties\": [{\"country\": \"RUS\", \"role\": \"boss\"}]}";
    element.object = QJsonDocument::fromJson(element.text).object();
    const ImportRecord r = MeetingJsonDecoder::decode(element);
    QCOMPARE(r.problems.size(), 4);
    QCOMPARE(r.problems.at(0).field, u"title"_s);
    QCOMPARE(r.problems.at(0).line, 21);
    QCOMPARE(r.problems.at(1).field, u"start_date"_s);
    QCOMPARE(r.problems.at(1).line, 22);
    QVERIFY(r.problems.at(1).reason.contains(u"2009-02-30"_s) ||
            r.problems.at(1).reason.contains(u"30"_s));
    QCOMPARE(r.problems.at(2).field, u"status"_s);
    QVERIFY(r.problems.at(2).reason.contains(u"“done”"_s));
    QCOMPARE(r.problems.at(3).field, u"parties[0].role"_s);
    QCOMPARE(r.problems.at(3).line, 24);
}

void TestImportReaders::csvReaderDetectsEncodingAndDelimiter_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("delimiter");
    const QString text = u"Дата;Название;Место\r\n25.11.2009;Встреча, в Москве;Москва\r\n"_s;
    QTest::newRow("utf-8 semicolon") << text.toUtf8() << u"UTF-8"_s << u";"_s;
    QTest::newRow("utf-8 bom") << (QByteArray("\xEF\xBB\xBF") + text.toUtf8()) << u"UTF-8 (BOM)"_s
                               << u";"_s;
    QStringEncoder cp1251("windows-1251");
    QVERIFY(cp1251.isValid());
    QTest::newRow("windows-1251") << QByteArray(cp1251.encode(text)) << u"Windows-1251"_s << u";"_s;
    QString tabbed = text;
    tabbed.replace(u';', u'\t');
    QStringEncoder utf16(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    QTest::newRow("utf-16 tab") << QByteArray(utf16.encode(tabbed)) << u"UTF-16LE"_s << u"\t"_s;
    QString commas = u"Дата,Название,Место\n25.11.2009,\"Встреча, в Москве\",Москва\n"_s;
    QTest::newRow("comma") << commas.toUtf8() << u"UTF-8"_s << u","_s;
}

void TestImportReaders::csvReaderDetectsEncodingAndDelimiter()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QFETCH(QString, delimiter);
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer, u"in.csv"_s);
    QVERIFY(reader.open().ok());
    QCOMPARE(reader.encodingName(), encoding);
    QCOMPARE(QString(reader.delimiter()), delimiter);
    auto header = reader.next();
    QVERIFY(header.ok() && header->has_value());
    QCOMPARE((*header)->fields, (QStringList{u"Дата"_s, u"Название"_s, u"Место"_s}));
    auto row = reader.next();
    QVERIFY(row.ok() && row->has_value());
    QCOMPARE((*row)->fields, (QStringList{u"25.11.2009"_s, u"Встреча, в Москве"_s, u"Москва"_s}));
    QCOMPARE((*row)->line, 2);
    auto end = reader.next();
    QVERIFY(end.ok() && !end->has_value());
}

void TestImportReaders::csvReaderReadsQuotedFieldsAcrossLines()
{
    QByteArray bytes = "a,b\r\n\"one\r\ntwo\",\"say \"\"hi\"\"\"\r\n\r\nx,\r\nlast,\"\"";
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer, u"q.csv"_s);
    QVERIFY(reader.open().ok());
    QVERIFY(reader.next().ok());
    auto row = reader.next();
    QVERIFY(row.ok() && row->has_value());
    QCOMPARE((*row)->fields, (QStringList{u"one\r\ntwo"_s, u"say \"hi\""_s}));
    QCOMPARE((*row)->line, 2);
    row = reader.next(); // the blank line is skipped
    QVERIFY(row.ok() && row->has_value());
    QCOMPARE((*row)->fields, (QStringList{u"x"_s, QString()}));
    QCOMPARE((*row)->line, 5);
    row = reader.next();
    QVERIFY(row.ok() && row->has_value());
    QCOMPARE((*row)->fields, (QStringList{u"last"_s, QString()}));
    QCOMPARE((*row)->line, 6);
}

void TestImportReaders::csvReaderRefusesAnUnclosedQuote()
{
    QByteArray bytes = "a,b\n1,2\n3,\"never closed\n4,5\n";
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer, u"q.csv"_s);
    QVERIFY(reader.open().ok());
    QVERIFY(reader.next().ok());
    QVERIFY(reader.next().ok());
    auto row = reader.next();
    QVERIFY(!row.ok());
    QCOMPARE(row.error().message,
             u"q.csv, line 3: a quoted field is never closed (the file may be truncated)"_s);
}

void TestImportReaders::csvReaderRefusesBinaryData()
{
    QByteArray bytes("PK\x03\x04\0\0binary", 12);
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer, u"x.csv"_s);
    const Status s = reader.open();
    QVERIFY(!s.ok());
    QCOMPARE(s.error().message, u"x.csv is not a CSV file: it holds binary data"_s);
}

void TestImportReaders::columnsAreGuessedInEnglishAndRussian()
{
    const CsvColumns russian =
        CsvColumns::guess({u"Дата"_s, u"Название"_s, u"Место"_s, u"Страна"_s, u"Главы делегаций"_s,
                           u"Темы"_s, u"Примечание к записи"_s});
    QCOMPARE(russian.fields(), (QStringList{u"date"_s, u"title"_s, u"place"_s, u"country"_s,
                                            u"heads_of_delegation"_s, u"topics"_s, QString()}));
    QVERIFY(russian.isUsable());
    const CsvColumns english =
        CsvColumns::guess({u"Start Date"_s, u"END-DATE"_s, u"Meeting"_s, u"Ministers"_s});
    QCOMPARE(english.fields(),
             (QStringList{u"start_date"_s, u"end_date"_s, u"title"_s, u"heads_of_delegation"_s}));
    const CsvColumns exported = CsvColumns::guess(MeetingCsv::header());
    QCOMPARE(exported.fields(), MeetingCsv::header());
    QVERIFY(CsvColumns::isEntenteExport(MeetingCsv::header()));
    QVERIFY(!CsvColumns::isEntenteExport({u"title"_s, u"date"_s}));

    CsvColumns none = CsvColumns::guess({u"Foo"_s, u"Bar"_s});
    QVERIFY(!none.isUsable());
    QCOMPARE(none.missing(), u"no column holds the title"_s);
    none.setField(0, u"title"_s);
    QCOMPARE(none.missing(), u"no column holds the date"_s);
    none.setField(1, u"title"_s); // moves the field: one column a field
    QCOMPARE(none.fields(), (QStringList{QString(), u"title"_s}));
}

void TestImportReaders::csvDecoderReadsTheExportCells()
{
    MeetingCsvDecoder decoder(CsvColumns(MeetingCsv::header()));
    CsvReader::Record row;
    row.line = 2;
    row.fields = QStringList{u"12"_s,
                             QString(),
                             u"2009-11-25"_s,
                             u"2009-11-25"_s,
                             u"'=Joint meeting"_s,
                             u"Moscow"_s,
                             u"RUS"_s,
                             u"joint_collegium"_s,
                             u"held"_s,
                             u"RUS (host); BLR (guest)"_s,
                             u"RUS: Sergey Lavrov (Minister of Foreign Affairs); BLR: Сергей "
                             u"Мартынов (Minister (acting))"_s,
                             u"RUS: Grigory Karasin (Deputy Minister)"_s,
                             u"Disarmament; WTO accession"_s,
                             u"Programme for 2010-2011 [programme, adopted, 2009-11-25, period "
                             u"2010/2011]; Plan [plan, signed]"_s,
                             u"friendly"_s,
                             u"One\nTwo"_s,
                             u"MFA of Russia, Press release, 2009-11-25, https://example.org/a"_s,
                             u"13"_s,
                             u"2"_s,
                             u"2024-03-05T14:30:00.000Z"_s,
                             u"2024-03-05T14:30:00.120Z"_s};
    const ImportRecord r = decoder.decode(row);
    QVERIFY2(r.problems.isEmpty(), qPrintable(r.problems.value(0).reason));
    const Meeting &m = r.meeting;
    QCOMPARE(m.id, 12);
    QCOMPARE(m.title, u"=Joint meeting"_s);
    QCOMPARE(m.start, PartialDate::day(2009, 11, 25));
    QVERIFY(m.end.isNull());
    QCOMPARE(m.format, u"joint_collegium"_s);
    QCOMPARE(m.parties, (QList<Party>{{u"RUS"_s, PartyRole::Host}, {u"BLR"_s, PartyRole::Guest}}));
    QCOMPARE(m.delegations.size(), 2);
    const Delegation &rus = m.delegations.at(0);
    QCOMPARE(rus.country, u"RUS"_s);
    QCOMPARE(rus.members.size(), 2);
    QVERIFY(rus.members.at(0).head);
    QCOMPARE(rus.members.at(0).position, u"Minister of Foreign Affairs"_s);
    QCOMPARE(r.mentioned.value(rus.members.at(0).personId).nameLatin, u"Sergey Lavrov"_s);
    QVERIFY(!rus.members.at(1).head);
    const Delegation &blr = m.delegations.at(1);
    QCOMPARE(blr.members.at(0).position, u"Minister (acting)"_s);
    QCOMPARE(r.mentioned.value(blr.members.at(0).personId).nameNative, u"Сергей Мартынов"_s);
    QCOMPARE(m.topics.size(), 2);
    QCOMPARE(m.topics.at(1).name, u"WTO accession"_s);
    QCOMPARE(m.documents.size(), 2);
    QCOMPARE(m.documents.at(0).title, u"Programme for 2010-2011"_s);
    QCOMPARE(m.documents.at(0).kind, u"programme"_s);
    QCOMPARE(m.documents.at(0).periodStart, PartialDate::year(2010));
    QCOMPARE(m.documents.at(0).periodEnd, PartialDate::year(2011));
    QCOMPARE(m.documents.at(1).action, u"signed"_s);
    QVERIFY(m.documents.at(1).date.isNull());
    QCOMPARE(m.summary, u"One\nTwo"_s);
    QCOMPARE(m.sources.size(), 1);
    QCOMPARE(m.sources.at(0).publisher, u"MFA of Russia"_s);
    QCOMPARE(m.sources.at(0).title, u"Press release"_s);
    QCOMPARE(m.sources.at(0).url, u"https://example.org/a"_s);
    QCOMPARE(m.sources.at(0).published, PartialDate::day(2009, 11, 25));

    // The same name on another row is the same person of the file.
    CsvReader::Record other = row;
    other.line = 3;
    other.fields[10] = u"RUS: sergey lavrov"_s;
    const ImportRecord again = decoder.decode(other);
    QCOMPARE(again.meeting.delegations.at(0).members.at(0).personId, rus.members.at(0).personId);
}

void TestImportReaders::csvDecoderReportsBadCells()
{
    MeetingCsvDecoder decoder(
        CsvColumns({u"date"_s, u"title"_s, u"status"_s, u"parties"_s, u"documents"_s}));
    CsvReader::Record row;
    row.line = 7;
    row.fields = {u"31.02.2010"_s, u"Talks"_s, u"maybe"_s, u"Russia (boss)"_s, u"Just a title"_s};
    const ImportRecord r = decoder.decode(row);
    QCOMPARE(r.problems.size(), 3);
    QCOMPARE(r.problems.at(0).field, u"date"_s);
    QCOMPARE(r.problems.at(0).line, 7);
    QCOMPARE(r.problems.at(1).field, u"status"_s);
    QCOMPARE(r.problems.at(2).field, u"documents"_s);
    // A bracket that is no role is part of the country's name ("United Kingdom (Wales)"): the
    // importer's country resolver reads it whole.
    QCOMPARE(r.meeting.parties.at(0).country, u"Russia (boss)"_s);
    QCOMPARE(r.meeting.parties.at(0).role, PartyRole::Participant);

    // Russian statuses and typed dates are understood.
    row.fields = {u"ноябрь 2009"_s, u"Переговоры"_s, u"Состоялась"_s, u"Россия; Беларусь"_s,
                  QString()};
    const ImportRecord ok = decoder.decode(row);
    QVERIFY(ok.problems.isEmpty());
    QCOMPARE(ok.meeting.start, PartialDate::month(2009, 11));
    QCOMPARE(ok.meeting.status, MeetingStatus::Held);
    QCOMPARE(ok.meeting.parties.value(1).country, u"Беларусь"_s); // resolved by the importer
}

void TestImportReaders::importFileTellsTheFormatByContent()
{
    const QString json = write("\xEF\xBB\xBF  [\n]", u"data.csv"_s);
    auto file = ImportFile::open(json);
    QVERIFY(file.ok());
    QCOMPARE((*file)->format(), ImportFile::Format::Json);
    auto none = (*file)->next();
    QVERIFY(none.ok() && !none->has_value());

    const QString csv = write("title;date\nTalks;2009\n", u"data.json"_s);
    auto csvFile = ImportFile::open(csv);
    QVERIFY(csvFile.ok());
    QCOMPARE((*csvFile)->format(), ImportFile::Format::Csv);
    QVERIFY((*csvFile)->needsMapping());
    QCOMPARE((*csvFile)->header(), (QStringList{u"title"_s, u"date"_s}));
    auto record = (*csvFile)->next();
    QVERIFY(record.ok() && record->has_value());
    QCOMPARE((*record)->meeting.start, PartialDate::year(2009));
    QCOMPARE((*record)->line, 2);

    auto missing = ImportFile::open(m_dir.filePath(u"nothing.json"_s));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind, Error::Kind::NotFound);
    auto empty = ImportFile::open(write({}, u"empty.csv"_s));
    QVERIFY(!empty.ok());
    QVERIFY(empty.error().message.contains(u"empty.csv is empty"_s));

    const QString wrong = write("Foo,Bar\n1,2\n", u"wrong.csv"_s);
    auto wrongFile = ImportFile::open(wrong);
    QVERIFY(wrongFile.ok());
    auto refused = (*wrongFile)->next();
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(u"no column holds the title"_s),
             qPrintable(refused.error().message));
}

void TestImportReaders::importFileRefusesExtraFields()
{
    const QString csv = write("title,date\nTalks,2009\nOther,2010,surprise\n", u"extra.csv"_s);
    auto file = ImportFile::open(csv);
    QVERIFY(file.ok());
    QVERIFY((*file)->next().ok());
    auto bad = (*file)->next();
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().message, u"extra.csv, line 3: 3 fields, but the header names 2 columns: "
                                  u"a delimiter or quote is out of place"_s);
}

QTEST_GUILESS_MAIN(TestImportReaders)
#include "tst_importreaders.moc"
