// Replays every input kept in fuzz/corpus/csv_reader, json_reader and search_parser through the
// same harnesses the fuzzers run (fuzz/importfuzzing.cpp, fuzz/searchfuzzing.cpp): no crash, no
// broken invariant
// (slowness is the fuzzer's -timeout to catch, not a clock in a test).

#include "importfuzzing.h"
#include "searchfuzzing.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

class TestParserCorpora : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replay_data();
    void replay();
};

void TestParserCorpora::replay_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("folder");
    for (const QString &folder : {u"csv_reader"_s, u"json_reader"_s, u"search_parser"_s}) {
        const QDir corpus(QStringLiteral(ENTENTE_FUZZ_CORPORA) + u'/' + folder);
        const QStringList files = corpus.entryList(QDir::Files, QDir::Name);
        QVERIFY2(files.size() >= 8, qPrintable(u"the corpus %1 is missing"_s.arg(folder)));
        for (const QString &file : files)
            QTest::newRow(qPrintable(folder + u'/' + file)) << corpus.filePath(file) << folder;
    }
}

void TestParserCorpora::replay()
{
    QFETCH(QString, path);
    QFETCH(QString, folder);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    if (folder == u"csv_reader")
        entente::fuzzing::runCsv(bytes);
    else if (folder == u"json_reader")
        entente::fuzzing::runJson(bytes);
    else
        entente::fuzzing::runSearch(bytes);
}

QTEST_GUILESS_MAIN(TestParserCorpora)
#include "tst_parsercorpora.moc"
