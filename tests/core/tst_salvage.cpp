// Salvage of damaged catalogues: three pages of a generated catalogue of 3,000 meetings
// overwritten, as a failing disk does, then read into a new catalogue. Every meeting recovered is
// the original one, field for field; what is lost is named; the damaged file is never changed.

#include "generator/bulkwritersink.h"
#include "generator/cataloguegenerator.h"
#include "generator/meetingsynth.h"
#include "query/searchparser.h"
#include "salvage/cataloguesalvage.h"
#include "search/meetingqueries.h"
#include "storage/countryrepository.h"
#include "storage/meetingrepository.h"
#include "testcatalogue.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace entente;

class TestSalvage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void recoversEveryReadableMeetingUnchanged();
    void anUndamagedCatalogueLosesNothing();
    void refusesWhatItCannotDo();

private:
    static QString key(const Meeting &m)
    {
        return m.title + u'|' + m.start.toIso() + u'|' + m.place;
    }
    // What a meeting is, without the ids a new catalogue gives again.
    static QStringList facts(const Meeting &m);
    static QByteArray hashOf(const QString &path);
    QList<Meeting> every(const Catalogue &catalogue) const;

    test::TestCatalogue m_original;
    QString m_damaged;
};

QStringList TestSalvage::facts(const Meeting &m)
{
    QStringList out{m.title, m.start.toIso(), m.effectiveEnd().toIso(),
                    m.place, m.placeCountry,  m.format,
                    m.tone,  m.summary};
    for (const Party &p : m.parties)
        out.append(p.country + u'/' + QString::number(int(p.role)));
    for (const Delegation &d : m.delegations) {
        for (const DelegationMember &member : d.members)
            out.append(d.country + u':' + member.displayName() + u'/' + member.position +
                       (member.head ? u"/head"_s : QString()));
    }
    for (const TopicRef &t : m.topics)
        out.append(u"topic:"_s + t.name);
    for (const OutcomeDocument &d : m.documents)
        out.append(u"document:"_s + d.title + u'/' + d.kind + u'/' + d.action + u'/' +
                   d.parties.join(u','));
    for (const Source &s : m.sources)
        out.append(u"source:"_s + s.publisher + u'/' + s.title + u'/' + s.url);
    out.append(u"sub-events:"_s + QString::number(m.subEvents.size()));
    return out;
}

QByteArray TestSalvage::hashOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QList<Meeting> TestSalvage::every(const Catalogue &catalogue) const
{
    const MeetingQueries queries(catalogue);
    const auto prepared = queries.prepare(SearchParser::parse(QString()).query());
    QList<Meeting> meetings;
    for (const qint64 id : *queries.ids(*prepared, MeetingQueries::Scope::All))
        meetings.append(*MeetingRepository(catalogue).get(id));
    return meetings;
}

void TestSalvage::initTestCase()
{
    QVERIFY(m_original);
    const auto countries = CountryRepository(*m_original).all();
    QVERIFY(countries);
    BulkWriter::Options options;
    options.timestamp = MeetingSynth::createdBase(3);
    BulkWriterSink sink(*m_original, options);
    QVERIFY(CatalogueGenerator::run(*countries, sink, {1000, 3}));
    const QString path = m_original.path();
    m_original.close();

    // Three pages, a third, a half and two thirds of the way in, overwritten.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    file.close();
    const qsizetype pageSize = 4096;
    const qsizetype pages = bytes.size() / pageSize;
    for (const qsizetype page : {pages / 3, pages / 2, 2 * pages / 3})
        bytes.replace(page * pageSize, pageSize, QByteArray(pageSize, '\x5a'));
    m_damaged = m_original.dir() + u"/damaged.entente"_s;
    QFile damaged(m_damaged);
    QVERIFY(damaged.open(QIODevice::WriteOnly));
    QCOMPARE(damaged.write(bytes), bytes.size());
    damaged.close();
    QVERIFY(m_original.reopen());
}

void TestSalvage::recoversEveryReadableMeetingUnchanged()
{
    const QByteArray before = hashOf(m_damaged);
    const QString target = m_original.dir() + u"/salvaged.entente"_s;
    const auto report = CatalogueSalvage::run(m_damaged, target);
    QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
    QCOMPARE(hashOf(m_damaged), before); // never changed

    auto salvaged = Catalogue::open(target);
    QVERIFY(salvaged);
    QVERIFY((*salvaged)->integrityProblems()->isEmpty());

    QMultiHash<QString, QStringList> original; // a key may name two meetings
    qint64 originalDocuments = 0;
    for (const Meeting &m : every(*m_original)) {
        original.insert(key(m), facts(m));
        originalDocuments += m.documents.size();
    }
    const QList<Meeting> recovered = every(**salvaged);
    QCOMPARE(recovered.size(), report->meetingsRecovered);
    for (const Meeting &m : recovered) {
        QVERIFY2(original.values(key(m)).contains(facts(m)), qPrintable(facts(m).join(u"; "_s)));
    }
    // Something was lost, and said; most was kept.
    QVERIFY(report->lostAnything());
    QVERIFY(!report->meetingsLost.isEmpty() || !report->meetingRowsUnreadable.isEmpty());
    for (const CatalogueSalvage::Lost &lost : report->meetingsLost)
        QVERIFY(!lost.reason.isEmpty());
    QVERIFY2(recovered.size() >= original.size() * 95 / 100,
             qPrintable(u"%1 of %2"_s.arg(recovered.size()).arg(original.size())));
    QVERIFY(recovered.size() < original.size());
    QVERIFY(report->documentsRecovered <= originalDocuments);
    QVERIFY(report->peopleRecovered > 0);
}

void TestSalvage::anUndamagedCatalogueLosesNothing()
{
    const QString target = m_original.dir() + u"/whole.entente"_s;
    m_original.close();
    const auto report = CatalogueSalvage::run(m_original.path(), target);
    QVERIFY(m_original.reopen());
    QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
    QVERIFY(!report->lostAnything());
    auto salvaged = Catalogue::open(target);
    QVERIFY(salvaged);
    QCOMPARE(every(**salvaged).size(), every(*m_original).size());
    QCOMPARE(report->meetingsRecovered, every(*m_original).size());
}

void TestSalvage::refusesWhatItCannotDo()
{
    const auto exists = CatalogueSalvage::run(m_damaged, m_original.path());
    QVERIFY(!exists);
    QCOMPARE(exists.error().kind, Error::Kind::Invalid);
    const auto missing = CatalogueSalvage::run(m_original.dir() + u"/none.entente"_s,
                                               m_original.dir() + u"/x.entente"_s);
    QVERIFY(!missing);
    QCOMPARE(missing.error().kind, Error::Kind::Invalid);
    // A file with no readable header is nothing to salvage from.
    const QString noise = m_original.dir() + u"/noise.entente"_s;
    QFile file(noise);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, '\x5a'));
    file.close();
    const auto unreadable = CatalogueSalvage::run(noise, m_original.dir() + u"/y.entente"_s);
    QVERIFY(!unreadable);
    QCOMPARE(unreadable.error().kind, Error::Kind::CatalogueUnusable);
}

QTEST_GUILESS_MAIN(TestSalvage)
#include "tst_salvage.moc"
