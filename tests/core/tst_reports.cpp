// PDF reports made by core: the dossier and the search report, read back with poppler-utils.

#include "meetingfixture.h"
#include "pdftext.h"
#include "query/searchparser.h"
#include "reports/meetingselection.h"
#include "reports/querywords.h"
#include "reports/reportrenderer.h"
#include "reports/wrappedtext.h"
#include "storage/meetingrepository.h"
#include "testcatalogue.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace entente;
using test::PdfText::flattened;

namespace {

ReportOptions options(ReportOptions::Kind kind)
{
    ReportOptions o;
    o.kind = kind;
    o.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    o.madeAt = QDateTime(QDate(2024, 3, 5), QTime(14, 30));
    return o;
}

// Every page says "Page k of M", M being the number of pages.
bool numberedPages(const QStringList &pages)
{
    for (qsizetype k = 0; k < pages.size(); ++k) {
        if (!flattened(pages.at(k)).contains(u"Page %1 of %2"_s.arg(k + 1).arg(pages.size()))) {
            qWarning().noquote() << "page" << k + 1 << "lacks its number:" << pages.at(k);
            return false;
        }
    }
    return true;
}

} // namespace

class TestReports : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void sampleDossierHasEveryField();
    void sampleSearchReport();
    void subEventsGoIntoTheirMeetingsDossier();
    void longTableRepeatsItsHeaderOnEveryPage();
    void dossiersEachStartOnANewPage();
    void paper_data();
    void paper();
    void markupIsNeverInterpreted();
    void longFieldsAreCutWithAMarkWhereAPageCannotHoldThem();
    void cyrillicIsEmbeddedAsText();
    void emptySelectionSaysSo();
    void queryIsToldInWords_data();
    void queryIsToldInWords();
    void unwritablePathIsAnOutputError();
    void cancelledReportLeavesThePreviousFile();

private:
    QString render(const Catalogue &catalogue, const ReportOptions &o,
                   const MeetingSelection &selection, ReportRenderer **keep = nullptr);

    QTemporaryDir m_out;
    std::unique_ptr<test::TestCatalogue> m_sample;
    SampleCatalogue::Ids m_sampleIds;
    std::unique_ptr<test::TestCatalogue> m_many;
    test::MeetingFixture m_fixture;
    std::unique_ptr<ReportRenderer> m_last;
    int m_file = 0;
};

void TestReports::initTestCase()
{
    QVERIFY(m_out.isValid());
    m_sample = std::make_unique<test::TestCatalogue>();
    QVERIFY(*m_sample);
    m_sampleIds = m_sample->addSample();
    QVERIFY(m_sampleIds.meeting > 0);

    m_many = std::make_unique<test::TestCatalogue>();
    QVERIFY(*m_many);
    m_fixture = test::MeetingFixture::build(**m_many, 300);
    QCOMPARE(m_fixture.meetingIds.size(), 300);
}

QString TestReports::render(const Catalogue &catalogue, const ReportOptions &o,
                            const MeetingSelection &selection, ReportRenderer **keep)
{
    const QString path = m_out.filePath(u"report-%1.pdf"_s.arg(++m_file));
    m_last = std::make_unique<ReportRenderer>(catalogue, o, selection);
    const Status s = m_last->writePdf(path);
    if (!s) {
        qWarning().noquote() << s.error().message << s.error().detail;
        return {};
    }
    if (keep)
        *keep = m_last.get();
    return path;
}

void TestReports::sampleDossierHasEveryField()
{
    const QString path =
        render(**m_sample, options(ReportOptions::Kind::Dossiers),
               MeetingSelection::fromIds({m_sampleIds.meeting}, u"The sample meeting."_s));
    QVERIFY(!path.isEmpty());
    const QStringList pages = test::PdfText::pages(path);
    QVERIFY(!pages.isEmpty());
    QVERIFY(numberedPages(pages));
    const QString text = flattened(pages.join(u' '));

    const QStringList expected = {
        // title, dates, place, format, status, parties and roles
        u"MEETING DOSSIER"_s,
        u"Joint meeting of the collegiums of the foreign ministries of Russia and Belarus"_s,
        u"25 November 2009"_s,
        u"Moscow, Russia"_s,
        u"Joint meeting of collegiums"_s,
        u"Held"_s,
        u"Russia, host; Belarus, guest"_s,
        // delegations: heads in both scripts with their posts
        u"Sergey Lavrov (Сергей Лавров)"_s,
        u"Minister of Foreign Affairs of the Russian Federation · head of delegation"_s,
        u"Sergey Martynov (Сергей Мартынов)"_s,
        u"Minister of Foreign Affairs of the Republic of Belarus"_s,
        // topics
        u"European security architecture"_s,
        u"Treaty on European Security"_s,
        u"Disarmament"_s,
        u"Central role of the UN and multilateral cooperation"_s,
        u"Economic diplomacy"_s,
        u"Customs Union of Russia, Belarus and Kazakhstan"_s,
        u"WTO accession"_s,
        // documents with kind, action, period, parties and links
        u"Program for Concerted Action in Foreign Policy of the Member States of the Treaty on "
        "the Establishment of the Union State for 2010-2011"_s,
        u"Programme · Adopted on 25 November 2009 · covers 2010 – 2011 · parties: Russia, "
        "Belarus"_s,
        u"Plan of Consultations between the Ministries of Foreign Affairs of Russia and Belarus "
        "for 2010"_s,
        u"Plan · Signed on 25 November 2009 · covers 2010"_s,
        u"develops “Program for Concerted Action"_s,
        // sub-events, tone, summary, sources
        u"Sub-events"_s,
        u"Separate conversation of Sergey Lavrov and Sergey Martynov"_s,
        u"One-to-one conversation"_s,
        u"complete mutual understanding; friendly and constructive"_s,
        u"under the chairmanship of Sergey Lavrov and Sergey Martynov"_s,
        u"Ministry of Foreign Affairs of the Russian Federation, “Press release on the joint "
        "meeting of the collegiums of the foreign ministries of Russia and Belarus”, 25 "
        "November 2009"_s,
        u"Both sides described the atmosphere as one of complete mutual understanding."_s,
        u"Catalogue record %1, version"_s.arg(m_sampleIds.meeting),
    };
    for (const QString &field : expected) {
        if (!text.contains(field))
            QFAIL(qPrintable(u"missing from the dossier: "_s + field + u"\n\n"_s + text));
    }
    // The record's times are dated as the meetings are (25 November 2009), not 07/12/2026.
    static const QRegularExpression stamp(
        u"created \\d{1,2} [A-Z][a-z]+ \\d{4}, \\d{1,2}:\\d{2}[^,]*, last changed \\d{1,2} "
        "[A-Z][a-z]+ \\d{4}, \\d{1,2}:\\d{2}"_s);
    QVERIFY2(stamp.match(text).hasMatch(), qPrintable(text.right(300)));

    const auto info = test::PdfText::info(path);
    QCOMPARE(info.value(u"Title"_s), u"Meeting dossiers"_s);
    QVERIFY(info.value(u"Creator"_s).startsWith(u"Entente"_s));
    QCOMPARE(info.value(u"Pages"_s).toInt(), pages.size());
}

void TestReports::sampleSearchReport()
{
    ReportOptions o = options(ReportOptions::Kind::Search);
    o.title = u"Russia and Belarus, 2009"_s;
    const auto selection = MeetingSelection::fromQuery(**m_sample, QString(), o.locale);
    QVERIFY(selection.ok());
    ReportRenderer *renderer = nullptr;
    const QString path = render(**m_sample, o, *selection, &renderer);
    QVERIFY(!path.isEmpty());
    const QStringList pages = test::PdfText::pages(path);
    QCOMPARE(pages.size(), 3); // title page, summary with charts, table
    QVERIFY(numberedPages(pages));
    QCOMPARE(renderer->pageCount(), 3);

    const QString title = flattened(pages.at(0));
    for (const QString &field :
         {u"SEARCH REPORT"_s, u"Russia and Belarus, 2009"_s,
          u"Covers Every meeting in the catalogue."_s, u"Query None: every meeting"_s,
          u"Meetings 1"_s, QString(u"Catalogue "_s + m_sample->path()), u"Made 5 March 2024"_s})
        QVERIFY2(title.contains(field), qPrintable(field + u"\n\n"_s + title));

    const QString summary = flattened(pages.at(1));
    for (const QString &field :
         {u"Summary"_s,
          // The four figures side by side, their captions under them.
          u"1 1 2 2 meetings counterparts of Russia ministers and other heads of "
          "delegation outcome documents"_s,
          u"Meetings per year by counterpart"_s, u"2009"_s, u"Year"_s, u"Belarus"_s,
          u"Most frequent topics"_s, u"WTO accession"_s})
        QVERIFY2(summary.contains(field), qPrintable(field + u"\n\n"_s + summary));

    const QString table = flattened(pages.at(2));
    for (const QString &field :
         {u"Date"_s, u"Title"_s, u"Place"_s, u"Heads of delegation"_s, u"Documents"_s,
          u"25 Nov 2009"_s, u"Moscow, Russia"_s, u"Russia: Sergey Lavrov"_s,
          u"Belarus: Sergey Martynov"_s, u"Programme, adopted"_s, u"Plan, signed"_s})
        QVERIFY2(table.contains(field), qPrintable(field + u"\n\n"_s + table));

    const auto info = test::PdfText::info(path);
    QCOMPARE(info.value(u"Title"_s), u"Russia and Belarus, 2009"_s);
    QVERIFY(info.value(u"Creator"_s).startsWith(u"Entente"_s));
    QCOMPARE(info.value(u"Page size"_s).left(15), u"595 x 842 pts ("_s); // A4 portrait
}

void TestReports::subEventsGoIntoTheirMeetingsDossier()
{
    ReportOptions o = options(ReportOptions::Kind::Search);
    o.includeDossiers = true;
    const auto selection = MeetingSelection::fromQuery(**m_sample, QString(), o.locale);
    QVERIFY(selection.ok());
    QCOMPARE(selection->ids.size(), 2); // the meeting and its sub-event
    ReportRenderer *renderer = nullptr;
    const QString path = render(**m_sample, o, *selection, &renderer);
    QVERIFY(!path.isEmpty());
    QCOMPARE(renderer->meetingCount(), 1);
    const QStringList pages = test::PdfText::pages(path);
    QVERIFY(pages.size() >= 4);
    QVERIFY(numberedPages(pages));
    // The table lists the meeting only; its dossier tells the sub-event.
    QVERIFY(!flattened(pages.at(2)).contains(u"Separate conversation"_s));
    QVERIFY(flattened(pages.at(3)).startsWith(u"Bilateral meetings"_s));
    QVERIFY(flattened(pages.mid(3).join(u' ')).contains(u"Separate conversation"_s));
}

void TestReports::longTableRepeatsItsHeaderOnEveryPage()
{
    ReportOptions o = options(ReportOptions::Kind::Search);
    const auto selection = MeetingSelection::fromQuery(**m_many, QString(), o.locale);
    QVERIFY(selection.ok());
    ReportRenderer *renderer = nullptr;
    const QString path = render(**m_many, o, *selection, &renderer);
    QVERIFY(!path.isEmpty());
    QCOMPARE(renderer->meetingCount(), 300);
    const QStringList pages = test::PdfText::pages(path);
    QVERIFY(numberedPages(pages));
    QCOMPARE(renderer->pageCount(), pages.size());

    // Pages 3 onwards are the table: each starts with the header row, and together they hold
    // every meeting once.
    const QStringList tablePages = pages.mid(2);
    QVERIFY2(tablePages.size() >= 5, qPrintable(QString::number(tablePages.size())));
    QCOMPARE(renderer->tableHeaderCount(), tablePages.size());
    static const QRegularExpression titles(u"Meeting (\\d{4}): talks with"_s);
    QSet<int> seen;
    for (const QString &page : tablePages) {
        const QString text = flattened(page);
        QCOMPARE(text.count(u"Heads of delegation"_s), 1);
        QVERIFY(text.indexOf(u"Heads of delegation"_s) < text.indexOf(u"Meeting "_s));
        auto it = titles.globalMatch(text);
        while (it.hasNext()) {
            const int index = it.next().captured(1).toInt();
            QVERIFY2(!seen.contains(index), qPrintable(QString::number(index)));
            seen.insert(index);
        }
    }
    QCOMPARE(seen.size(), 300);

    // The summary counts what the fixture holds.
    const QString summary = flattened(pages.at(1));
    QVERIFY2(summary.contains(
                 u"300 9 10 %1 meetings counterparts of Russia ministers "
                 "and other heads of delegation outcome documents"_s.arg(m_fixture.documents)),
             qPrintable(summary));
    QVERIFY(summary.contains(u"Others"_s)); // more counterparts than colours
    QVERIFY(summary.contains(u"Trade and economic cooperation"_s));
}

void TestReports::dossiersEachStartOnANewPage()
{
    const QList<qint64> ids = m_fixture.meetingIds.mid(0, 6);
    ReportRenderer *renderer = nullptr;
    const QString path = render(**m_many, options(ReportOptions::Kind::Dossiers),
                                MeetingSelection::fromIds(ids, u"Six meetings."_s), &renderer);
    QVERIFY(!path.isEmpty());
    const QStringList pages = test::PdfText::pages(path);
    QVERIFY(numberedPages(pages));
    int starts = 0;
    for (const QString &page : pages) {
        const QString text = flattened(page);
        if (text.contains(u"MEETING DOSSIER"_s)) {
            // The dossier's first line follows the running header directly.
            QVERIFY(text.startsWith(u"Meeting dossiers "_s));
            QVERIFY(text.indexOf(u"MEETING DOSSIER"_s) < 60);
            QVERIFY(text.contains(test::MeetingFixture::title(starts)));
            ++starts;
        }
    }
    QCOMPARE(starts, 6);
    QVERIFY(flattened(pages.join(u' ')).contains(u"One-to-one conversation 0"_s));
}

void TestReports::paper_data()
{
    QTest::addColumn<QString>("paper");
    QTest::addColumn<bool>("landscape");
    QTest::addColumn<QString>("size");
    QTest::newRow("A4 portrait") << u"a4"_s << false << u"595 x 842 pts"_s;
    QTest::newRow("A4 landscape") << u"a4"_s << true << u"842 x 595 pts"_s;
    QTest::newRow("US Letter portrait") << u"letter"_s << false << u"612 x 792 pts"_s;
    QTest::newRow("US Letter landscape") << u"LETTER"_s << true << u"792 x 612 pts"_s;
}

void TestReports::paper()
{
    QFETCH(QString, paper);
    QFETCH(bool, landscape);
    QFETCH(QString, size);
    ReportOptions o = options(ReportOptions::Kind::Search);
    o.page.paper = PageSetup::paperFromCode(paper).value();
    o.page.orientation = landscape ? QPageLayout::Landscape : QPageLayout::Portrait;
    o.includeDossiers = true;
    const auto selection = MeetingSelection::fromQuery(**m_sample, QString(), o.locale);
    QVERIFY(selection.ok());
    const QString path = render(**m_sample, o, *selection);
    QVERIFY(!path.isEmpty());
    QVERIFY(test::PdfText::info(path).value(u"Page size"_s).startsWith(size));
    const QStringList pages = test::PdfText::pages(path);
    QVERIFY(numberedPages(pages));
    QVERIFY(flattened(pages.join(u' ')).contains(u"Sergey Martynov (Сергей Мартынов)"_s));
}

void TestReports::markupIsNeverInterpreted()
{
    // A file whose content must never reach the report, and markup pointing at it.
    const QString secretPath = m_out.filePath(u"secret.txt"_s);
    const QString secret = u"SECRET-4f1c9e-never-in-a-report"_s;
    {
        QFile file(secretPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(secret.toUtf8());
    }
    const QString hostileTitle = u"<img src=\"/etc/hostname\"><b>x</b>"_s;
    const QString hostileSummary =
        u"<img src=\"%1\"> <a href=\"file://%1\">&lt;link&gt;</a> "
        "<script>alert(1)</script> &amp; <style>*{}</style>"_s.arg(secretPath);

    test::TestCatalogue catalogue;
    const auto ids = catalogue.addSample();
    MeetingRepository meetings(*catalogue);
    Meeting m = *meetings.get(ids.meeting);
    m.title = hostileTitle;
    m.summary = hostileSummary;
    m.place = u"<i>Moscow</i>"_s;
    m.topics.append({0, u"<img src=\"%1\">"_s.arg(secretPath)});
    QVERIFY(meetings.update(m).ok());

    ReportOptions o = options(ReportOptions::Kind::Search);
    o.title = u"<b>Report</b> <img src=\"%1\">"_s.arg(secretPath);
    o.includeDossiers = true;
    const auto selection = MeetingSelection::fromQuery(*catalogue, QString(), o.locale);
    QVERIFY(selection.ok());
    const QString path = render(*catalogue, o, *selection);
    QVERIFY(!path.isEmpty());

    const QString text = test::PdfText::pages(path).join(u'\n');
    const QString flat = flattened(text);
    QVERIFY2(text.contains(hostileTitle), qPrintable(text));
    // Long words wrap anywhere: compare without the white space the wrapping adds.
    const auto squeezed = [](QString t) {
        return flattened(t).remove(u' ');
    };
    QVERIFY2(squeezed(text).contains(squeezed(hostileSummary)), qPrintable(flat));
    QVERIFY(flat.contains(u"<i>Moscow</i>"_s));
    QVERIFY(flat.contains(u"<b>Report</b>"_s));
    QVERIFY(!text.contains(secret));
    QFile hostname(u"/etc/hostname"_s);
    if (hostname.open(QIODevice::ReadOnly)) {
        const QString content = QString::fromUtf8(hostname.readAll()).trimmed();
        // Only a name long enough not to occur by chance in the report says anything.
        if (content.size() >= 6)
            QVERIFY2(!text.contains(content), qPrintable(content));
    }
    // Nothing was embedded: no image at all, and the secret is nowhere in the file's bytes.
    QCOMPARE(test::PdfText::imageCount(path), 0);
    QFile pdf(path);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(!pdf.readAll().contains(secret.toUtf8()));
}

void TestReports::longFieldsAreCutWithAMarkWhereAPageCannotHoldThem()
{
    // A title and a place at their longest: a table row of them would fill a page.
    QStringList words;
    for (int i = 0; words.join(u' ').size() < 990; ++i)
        words.append(u"word%1"_s.arg(i, 3, 10, QLatin1Char('0')));
    const QString title = words.join(u' ').left(FieldLimits::title);
    test::TestCatalogue catalogue;
    const auto ids = catalogue.addSample();
    MeetingRepository meetings(*catalogue);
    Meeting m = *meetings.get(ids.meeting);
    m.title = title;
    m.place = QString(FieldLimits::place, u'P');
    QVERIFY(meetings.update(m).ok());

    ReportOptions o = options(ReportOptions::Kind::Search);
    o.includeDossiers = true;
    const auto selection = MeetingSelection::fromQuery(*catalogue, QString(), o.locale);
    QVERIFY(selection.ok());
    const QString path = render(*catalogue, o, *selection);
    QVERIFY(!path.isEmpty());
    const QString text = flattened(test::PdfText::pages(path).join(u' '));
    // The table's cell says how much it left out; the dossier has the whole title.
    const QString kept = clippedText(title, 300);
    QVERIFY(kept.endsWith(u" characters left out]"_s));
    QVERIFY2(text.contains(u"characters left out]"_s), qPrintable(text.left(2000)));
    QVERIFY(text.contains(words.at(words.size() - 2))); // a word only the whole title has
    QCOMPARE(clippedText(u"short"_s, 300), u"short"_s);
}

void TestReports::cyrillicIsEmbeddedAsText()
{
    test::TestCatalogue catalogue;
    const auto ids = catalogue.addSample();
    MeetingRepository meetings(*catalogue);
    Meeting m = *meetings.get(ids.meeting);
    m.title = u"Совместное заседание коллегий МИД России и Беларуси — Ёлка, Йошкар-Ола, Ўзбек"_s;
    QVERIFY(meetings.update(m).ok());
    const QString path = render(*catalogue, options(ReportOptions::Kind::Dossiers),
                                MeetingSelection::fromIds({ids.meeting}, QString()));
    QVERIFY(!path.isEmpty());
    QVERIFY(flattened(test::PdfText::pages(path).join(u' ')).contains(m.title));
}

void TestReports::emptySelectionSaysSo()
{
    test::TestCatalogue empty;
    ReportRenderer *renderer = nullptr;
    const QString path = render(*empty, options(ReportOptions::Kind::Search),
                                MeetingSelection::fromIds({}, u"Nothing."_s), &renderer);
    QVERIFY(!path.isEmpty());
    const QStringList pages = test::PdfText::pages(path);
    QCOMPARE(pages.size(), 3);
    QVERIFY(numberedPages(pages));
    QVERIFY(flattened(pages.at(1)).contains(u"0 meetings"_s));
    QVERIFY(flattened(pages.at(1)).contains(u"No meetings to chart."_s));
    QVERIFY(flattened(pages.at(2)).contains(u"No meetings match."_s));
}

void TestReports::queryIsToldInWords_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("words");
    QTest::newRow("empty") << QString() << u"Every meeting in the catalogue."_s;
    QTest::newRow("minister and year")
        << u"minister:Lavrov date:2009"_s << u"Meetings with “Lavrov” in a delegation, in 2009."_s;
    QTest::newRow("years") << u"country:BLR date:2009..2011"_s
                           << u"Meetings with “BLR” taking part, from 2009 to 2011."_s;
    QTest::newRow("or and not")
        << u"(host:Russia OR host:Belarus) -visit"_s
        << u"Meetings (either hosted by “Russia” or hosted by “Belarus”), not mentioning “visit”."_s;
    QTest::newRow("markup stays text") << u"\"<b>x</b>\""_s << u"Meetings mentioning “<b>x</b>”."_s;
}

void TestReports::queryIsToldInWords()
{
    QFETCH(QString, query);
    QFETCH(QString, words);
    const ParsedSearch parsed = SearchParser::parse(query);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().describe()));
    QCOMPARE(
        QueryWords::describe(parsed.query(), QLocale(QLocale::English, QLocale::UnitedKingdom)),
        words);
}

void TestReports::unwritablePathIsAnOutputError()
{
    // Under a file, not a folder: no one can write there, not even root.
    const QString path = u"/etc/hostname/report.pdf"_s;
    ReportRenderer renderer(**m_sample, options(ReportOptions::Kind::Dossiers),
                            MeetingSelection::fromIds({m_sampleIds.meeting}, QString()));
    const Status s = renderer.writePdf(path);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().kind, Error::Kind::Output);
    QVERIFY2(s.error().message.contains(path), qPrintable(s.error().message));
    QVERIFY(!QFileInfo::exists(path));
}

void TestReports::cancelledReportLeavesThePreviousFile()
{
    const QString path = m_out.filePath(u"kept.pdf"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("the previous report");
    }
    ReportRenderer renderer(**m_many, options(ReportOptions::Kind::Search),
                            MeetingSelection::fromIds(m_fixture.meetingIds, QString()));
    qint64 calls = 0;
    renderer.setProgress([&](qint64 done, qint64 total) {
        ++calls;
        return done < total / 2 + 10; // well into the drawing pass
    });
    const Status s = renderer.writePdf(path);
    QVERIFY(!s.ok());
    QVERIFY(renderer.wasCancelled());
    QVERIFY(calls > 300);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("the previous report"));
    QCOMPARE(QDir(m_out.path()).entryList({u"kept.pdf*"_s}, QDir::Files | QDir::Hidden).size(), 1);
}

QTEST_MAIN(TestReports)
#include "tst_reports.moc"
