// Replays every input kept in fuzz/corpus/csv_reader and fuzz/corpus/json_reader through the same
// harness the fuzzers run (fuzz/importfuzzing.cpp): no crash, no broken invariant
// (slowness is the fuzzer's -timeout to catch, not a clock in a test).

#include "importfuzzing.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

class TestImportCorpus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replay_data();
    void replay();
};

void TestImportCorpus::replay_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("csv");
    for (const auto &[folder, csv] :
         {std::pair{u"csv_reader"_s, true}, std::pair{u"json_reader"_s, false}}) {
        const QDir corpus(QStringLiteral(ENTENTE_FUZZ_CORPORA) + u'/' + folder);
        const QStringList files = corpus.entryList(QDir::Files, QDir::Name);
        QVERIFY2(files.size() >= 8, qPrintable(u"the corpus %1 is missing"_s.arg(folder)));
        for (const QString &file : files)
            QTest::newRow(qPrintable(folder + u'/' + file)) << corpus.filePath(file) << csv;
    }
}

void TestImportCorpus::replay()
{
    QFETCH(QString, path);
    QFETCH(bool, csv);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    if (csv)
        entente::fuzzing::runCsv(bytes);
    else
        entente::fuzzing::runJson(bytes);
}

QTEST_GUILESS_MAIN(TestImportCorpus)
#include "tst_importcorpus.moc"
