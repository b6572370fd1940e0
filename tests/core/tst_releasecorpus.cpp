// Replays every input kept in fuzz/corpus/release_extractor through the same harness the fuzzer
// runs (fuzz/releasefuzzing.cpp): no crash, no broken invariant
// (slowness is the fuzzer's -timeout to catch, not a clock in a test).

#include "releasefuzzing.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

class TestReleaseCorpus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replay_data();
    void replay();
};

void TestReleaseCorpus::replay_data()
{
    QTest::addColumn<QString>("path");
    const QDir corpus(QStringLiteral(ENTENTE_FUZZ_CORPUS));
    const QStringList files = corpus.entryList(QDir::Files, QDir::Name);
    QVERIFY2(files.size() >= 10, "the corpus is missing");
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << corpus.filePath(file);
}

void TestReleaseCorpus::replay()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    entente::fuzzing::runRelease(bytes);
}

QTEST_GUILESS_MAIN(TestReleaseCorpus)
#include "tst_releasecorpus.moc"
