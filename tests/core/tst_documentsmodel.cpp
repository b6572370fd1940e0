#include "models/documentlistmodel.h"
#include "models/documentsmodel.h"
#include "models/roles.h"
#include "sample/samplecatalogue.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace entente;

class TestDocumentsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsLabelsAndDates();
    void editsEveryColumn();
    void newRowWaitsForItsTitle();
    void removingADocumentDropsLinksToIt();
    void listPagesThroughTheCatalogue();

private:
    static QList<OutcomeDocument> sampleDocuments()
    {
        QList<OutcomeDocument> docs = SampleCatalogue::jointCollegium(1, 2).documents;
        docs[0].id = 10;
        docs[1].id = 11;
        docs[1].links = {{DocumentRelation::Develops, 10, docs[0].title}};
        return docs;
    }
    static void label(DocumentsModel &model)
    {
        model.setLabels({{u"programme"_s, u"Programme"_s}, {u"plan"_s, u"Plan"_s}},
                        {{u"adopted"_s, u"Adopted"_s}, {u"signed"_s, u"Signed"_s}},
                        {{u"RUS"_s, u"Russia"_s}, {u"BLR"_s, u"Belarus"_s}});
        model.setLocale(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }
};

void TestDocumentsModel::showsLabelsAndDates()
{
    DocumentsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    label(model);
    model.setDocuments(sampleDocuments());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(DocumentColumn::Meeting));
    QCOMPARE(model.index(0, DocumentColumn::Kind).data().toString(), u"Programme"_s);
    QCOMPARE(model.index(0, DocumentColumn::Kind).data(Qt::EditRole).toString(), u"programme"_s);
    QCOMPARE(model.index(1, DocumentColumn::Action).data().toString(), u"Signed"_s);
    QCOMPARE(model.index(0, DocumentColumn::Date).data().toString(), u"25/11/2009"_s);
    QCOMPARE(model.index(0, DocumentColumn::PeriodEnd).data().toString(), u"2011"_s);
    QCOMPARE(model.index(0, DocumentColumn::Parties).data().toString(), u"Russia, Belarus"_s);
    QVERIFY(model.index(1, DocumentColumn::Link)
                .data()
                .toString()
                .startsWith(u"develops “Program for Concerted Action"_s));
    QCOMPARE(model.index(1, 0).data(Role::Id).toLongLong(), 11);
}

void TestDocumentsModel::editsEveryColumn()
{
    DocumentsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    label(model);
    model.setDocuments(sampleDocuments());
    QSignalSpy edited(&model, &DocumentsModel::edited);
    QVERIFY(model.setData(model.index(1, DocumentColumn::Title), u"Plan 2010"_s));
    QVERIFY(model.setData(model.index(1, DocumentColumn::Kind), u"programme"_s));
    QVERIFY(model.setData(model.index(1, DocumentColumn::Action), u"adopted"_s));
    QVERIFY(model.setData(model.index(1, DocumentColumn::Date),
                          QVariant::fromValue(PartialDate::month(2009, 12))));
    QVERIFY(model.setData(model.index(1, DocumentColumn::PeriodStart), u"2011"_s));
    QVERIFY(model.setData(model.index(1, DocumentColumn::PeriodEnd),
                          QVariant::fromValue(PartialDate::year(2012))));
    QVERIFY(model.setData(model.index(1, DocumentColumn::Parties), QStringList{u"RUS"_s}));
    QVERIFY(model.setData(model.index(1, DocumentColumn::Link),
                          QVariant::fromValue(DocumentLink{DocumentRelation::Renews, 10, u"P"_s})));
    QVERIFY(!model.setData(model.index(1, DocumentColumn::Title), u"Plan 2010"_s)); // no change
    QCOMPARE(edited.count(), 8);
    const OutcomeDocument d = model.document(1);
    QCOMPARE(d.title, u"Plan 2010"_s);
    QCOMPARE(d.kind, u"programme"_s);
    QCOMPARE(d.date, PartialDate::month(2009, 12));
    QCOMPARE(d.periodStart, PartialDate::year(2011));
    QCOMPARE(d.parties, QStringList{u"RUS"_s});
    QCOMPARE(d.links.at(0).relation, DocumentRelation::Renews);
    QVERIFY(
        model.setData(model.index(1, DocumentColumn::Link), QVariant::fromValue(DocumentLink{})));
    QVERIFY(model.document(1).links.isEmpty());
    // A period that ends before it starts stays as typed and says what is wrong.
    QVERIFY(model.setData(model.index(1, DocumentColumn::PeriodEnd), u"2010"_s));
    QVERIFY(model.index(1, 0)
                .data(Role::Problem)
                .toString()
                .contains(u"ends (2010) before it starts (2011)"_s));
}

void TestDocumentsModel::newRowWaitsForItsTitle()
{
    DocumentsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocuments(sampleDocuments());
    QSignalSpy edited(&model, &DocumentsModel::edited);
    const QModelIndex title = model.addDocument(u"agreement"_s, u"signed"_s, {u"RUS"_s, u"BLR"_s},
                                                PartialDate::day(2009, 11, 25));
    QCOMPARE(title.row(), 2);
    QCOMPARE(edited.count(), 0);
    QCOMPARE(title.data(Role::Problem).toString(), u"a document needs a title"_s);
    QVERIFY(model.setData(title, u"Agreement on consular matters"_s));
    QCOMPARE(edited.count(), 1);
    QCOMPARE(title.data(Role::Problem).toString(), QString());
    QVERIFY(model.moveDocument(2, -2));
    QCOMPARE(model.document(0).title, u"Agreement on consular matters"_s);
}

void TestDocumentsModel::removingADocumentDropsLinksToIt()
{
    DocumentsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocuments(sampleDocuments());
    model.removeDocument(0);
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(model.document(0).links.isEmpty());
}

void TestDocumentsModel::listPagesThroughTheCatalogue()
{
    QList<DocumentRow> all;
    for (int i = 1; i <= 450; ++i) {
        DocumentRow d;
        d.id = i;
        d.title = u"Document %1"_s.arg(i);
        d.kind = u"plan"_s;
        d.meetingId = 1000 + i;
        d.meetingTitle = u"Meeting %1"_s.arg(i);
        all.append(d);
    }
    int calls = 0;
    DocumentListModel model([&](qint64 after, int limit) {
        ++calls;
        QList<DocumentRow> page;
        for (const DocumentRow &d : all) {
            if (d.id > after && page.size() < limit)
                page.append(d);
        }
        return page;
    });
    model.setLabels({{u"plan"_s, u"Plan"_s}}, {});
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), DocumentListModel::pageSize);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 450);
    model.reload();
    QCOMPARE(model.rowCount(), 0);
    calls = 0;
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 450);
    // Checked once full: the tester fetches on its own, which would muddle the counts above.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.index(449, DocumentColumn::Meeting).data().toString(), u"Meeting 450"_s);
    QCOMPARE(model.index(0, DocumentColumn::Kind).data().toString(), u"Plan"_s);
    QCOMPARE(model.index(5, 0).data(Role::MeetingId).toLongLong(), 1006);
    QCOMPARE(calls, 3);
}

QTEST_GUILESS_MAIN(TestDocumentsModel)
#include "tst_documentsmodel.moc"
