// RFC 4180 rows, UTF-8, and cells that a spreadsheet would run as formulas.

#include "io/csvwriter.h"

#include <QBuffer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace entente;

class TestCsvWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void field_data();
    void field();
    void rowsEndWithCrLf();
    void utf8WithAndWithoutBom();
    void formulasKeptWhenAsked();
    void refusedBytesAreReported();
};

void TestCsvWriter::field_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("written");
    QTest::newRow("plain") << u"Moscow"_s << u"Moscow"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("comma") << u"Moscow, Russia"_s << u"\"Moscow, Russia\""_s;
    QTest::newRow("quote") << u"the \"Programme\""_s << u"\"the \"\"Programme\"\"\""_s;
    QTest::newRow("line feed") << u"one\ntwo"_s << u"\"one\ntwo\""_s;
    QTest::newRow("cr lf inside") << u"one\r\ntwo"_s << u"\"one\r\ntwo\""_s;
    QTest::newRow("equals") << u"=HYPERLINK(\"http://x\")"_s
                            << u"\"'=HYPERLINK(\"\"http://x\"\")\""_s;
    QTest::newRow("plus") << u"+7 495 000"_s << u"'+7 495 000"_s;
    QTest::newRow("minus") << u"-2+3"_s << u"'-2+3"_s;
    QTest::newRow("at") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
    QTest::newRow("tab") << u"\t=1"_s << u"'\t=1"_s;
    QTest::newRow("carriage return") << u"\r=1"_s << u"\"'\r=1\""_s;
    QTest::newRow("formula sign later is fine") << u"a=b"_s << u"a=b"_s;
    QTest::newRow("date") << u"2009-11-25"_s << u"2009-11-25"_s;
    QTest::newRow("cyrillic") << u"Сергей Лавров"_s << u"Сергей Лавров"_s;
    QTest::newRow("apostrophe") << u"'quoted'"_s << u"'quoted'"_s;
}

void TestCsvWriter::field()
{
    QFETCH(QString, cell);
    QFETCH(QString, written);
    QCOMPARE(CsvWriter::field(cell, true), written);
}

void TestCsvWriter::rowsEndWithCrLf()
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer(buffer, {});
    QVERIFY(writer.writeRow({u"id"_s, u"title"_s, u"place"_s}));
    QVERIFY(writer.writeRow({u"1"_s, u"Talks, \"final\""_s, QString()}));
    QVERIFY(writer.writeRow({}));
    QCOMPARE(buffer.data(), QByteArray("id,title,place\r\n1,\"Talks, \"\"final\"\"\",\r\n\r\n"));
}

void TestCsvWriter::utf8WithAndWithoutBom()
{
    const QString name = u"Сергей Мартынов; Сяргей Мартынаў"_s;
    for (const bool bom : {false, true}) {
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        CsvWriter writer(buffer, {bom, true});
        QVERIFY(writer.writeRow({name}));
        QVERIFY(writer.writeRow({name}));
        const QByteArray line = name.toUtf8() + "\r\n";
        // The mark starts the file once, never a row.
        QCOMPARE(buffer.data(), (bom ? QByteArray("\xEF\xBB\xBF") : QByteArray()) + line + line);
    }
}

void TestCsvWriter::formulasKeptWhenAsked()
{
    QCOMPARE(CsvWriter::field(u"=1+1"_s, false), u"=1+1"_s);
    QCOMPARE(CsvWriter::field(u"-1, 2"_s, false), u"\"-1, 2\""_s);
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer(buffer, {false, false});
    QVERIFY(writer.writeRow({u"@x"_s, u"=y"_s}));
    QCOMPARE(buffer.data(), QByteArray("@x,=y\r\n"));
}

void TestCsvWriter::refusedBytesAreReported()
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::ReadOnly)); // writing fails
    CsvWriter writer(buffer, {});
    QVERIFY(!writer.writeRow({u"x"_s}));
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
