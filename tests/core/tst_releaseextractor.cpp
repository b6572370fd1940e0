// The press-release extractor on releases written for these tests (tests/data/releases), field by
// field, including the fields it must leave empty, against a catalogue in memory.

#include "extract/datescanner.h"
#include "extract/releasedates.h"
#include "extract/releaseextractor.h"
#include "extract/releaseinput.h"
#include "extract/russianforms.h"
#include "fakereleasecatalogue.h"
#include "sample/samplecatalogue.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace entente;

namespace {

QString release(const QString &name)
{
    QFile file(QStringLiteral(ENTENTE_RELEASES) + u'/' + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test release %s", qPrintable(name));
    return QString::fromUtf8(file.readAll());
}

QStringList partyCodes(const Meeting &m)
{
    QStringList codes;
    for (const Party &p : m.parties)
        codes.append(p.country + u':' + roleCode(p.role));
    return codes;
}

QStringList topicNames(const Meeting &m)
{
    QStringList names;
    for (const TopicRef &t : m.topics)
        names.append(t.name);
    return names;
}

const DelegationMember *headOf(const Meeting &m, const QString &country)
{
    const Delegation *d = m.delegation(country);
    return d ? d->head() : nullptr;
}

bool hasEvidence(const MeetingDraft &draft, const QString &field)
{
    return !draft.evidenceFor(field).isEmpty();
}

} // namespace

class TestReleaseExtractor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dateGrammar_data();
    void dateGrammar();
    void yearInference();
    void russianNames_data();
    void russianNames();
    void russianPlaceForms();
    void input();

    void referenceInEnglish();
    void referenceInRussian();
    void referenceMatchesSample_data();
    void referenceMatchesSample();
    void announcementInRussian();
    void telephoneCall();
    void postponedVisit();
    void multiDayVisitWithDocuments();
    void consultationsAcrossMonths();
    void furnitureDatesAreIgnored();
    void noYearIsFlagged();
    void sidelinesInThirdCountry();
    void videoConference();
    void cancelled();
    void stateVisitAnnouncement();
    void notAMeeting();
    void documentLinks_data();
    void documentLinks();
    void evidenceSpansPointIntoTheText();
    void oddInputs_data();
    void oddInputs();

private:
    MeetingDraft draft(const QString &file, QDate published = {});
    test::FakeReleaseCatalogue m_catalogue;
};

MeetingDraft TestReleaseExtractor::draft(const QString &file, QDate published)
{
    auto result = ReleaseExtractor(m_catalogue).extract(release(file), published);
    if (!result)
        qFatal("extraction failed: %s", qPrintable(result.error().message));
    return *result;
}

void TestReleaseExtractor::dateGrammar_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("parts"); // day, month, year, end day, end month, end year

    QTest::newRow("day month") << u"on 25 November the"_s << QList<int>{25, 11, 0, 0, 0, 0};
    QTest::newRow("month day") << u"on November 25, the"_s << QList<int>{25, 11, 0, 0, 0, 0};
    QTest::newRow("month day year") << u"November 25, 2009"_s << QList<int>{25, 11, 2009, 0, 0, 0};
    QTest::newRow("month span") << u"November 25-27"_s << QList<int>{25, 11, 0, 27, 11, 0};
    QTest::newRow("ordinal") << u"the 25th of"_s << QList<int>{};
    QTest::newRow("russian") << u"25 ноября"_s << QList<int>{25, 11, 0, 0, 0, 0};
    QTest::newRow("russian span with year")
        << u"25–27 ноября 2009 года"_s << QList<int>{25, 11, 2009, 27, 11, 2009};
    QTest::newRow("russian from to") << u"с 25 по 27 ноября"_s << QList<int>{25, 11, 0, 27, 11, 0};
    QTest::newRow("across months")
        << u"30 November – 2 December 2009"_s << QList<int>{30, 11, 2009, 2, 12, 2009};
    QTest::newRow("russian month only")
        << u"в ноябре 2009 года"_s << QList<int>{0, 11, 2009, 0, 0, 0};
    QTest::newRow("numeric") << u"25.11.2009"_s << QList<int>{25, 11, 2009, 0, 0, 0};
    QTest::newRow("iso") << u"2009-11-25"_s << QList<int>{25, 11, 2009, 0, 0, 0};
    QTest::newRow("years are no date") << u"for 2010-2011"_s << QList<int>{};
    QTest::newRow("impossible month") << u"25.13.2009"_s << QList<int>{};
}

void TestReleaseExtractor::dateGrammar()
{
    QFETCH(QString, text);
    QFETCH(QList<int>, parts);
    QList<DateMention> calendar;
    for (const DateMention &d : DateScanner::scan(text)) {
        if (d.kind == DateMention::Kind::Calendar)
            calendar.append(d);
    }
    if (parts.isEmpty()) {
        QVERIFY(calendar.isEmpty());
        return;
    }
    QCOMPARE(calendar.size(), 1);
    const DateMention &d = calendar.first();
    QCOMPARE((QList<int>{d.day, d.month, d.year, d.endDay, d.endMonth, d.endYear}), parts);
}

void TestReleaseExtractor::yearInference()
{
    bool matched = false;
    // A report published on 2 January about 28 December is about last year's December.
    QCOMPARE(ReleaseDates::inferYear(12, 28, QDate(2010, 1, 2), false, 0, &matched), 2009);
    // An announcement in December of a visit on 10 January is about next year.
    QCOMPARE(ReleaseDates::inferYear(1, 10, QDate(2009, 12, 20), true, 0, &matched), 2010);
    QCOMPARE(ReleaseDates::inferYear(11, 25, QDate(2009, 11, 26), false, 0, &matched), 2009);
    // 25 November was a Wednesday in 2009, not in 2010: the weekday picks the year.
    QCOMPARE(ReleaseDates::inferYear(11, 25, QDate(2010, 1, 5), false, 3, &matched), 2009);
    QVERIFY(matched);
    QCOMPARE(ReleaseDates::inferYear(11, 25, QDate(2009, 11, 26), false, 5, &matched), 2009);
    QVERIFY(!matched);
}

void TestReleaseExtractor::russianNames_data()
{
    using C = RussianForms::Case;
    QTest::addColumn<QString>("word");
    QTest::addColumn<int>("grammaticalCase");
    QTest::addColumn<QString>("nominative");
    QTest::newRow("instrumental surname")
        << u"Мартыновым"_s << int(C::Instrumental) << u"Мартынов"_s;
    QTest::newRow("genitive surname") << u"Лаврова"_s << int(C::Genitive) << u"Лавров"_s;
    QTest::newRow("genitive first name") << u"Сергея"_s << int(C::Genitive) << u"Сергей"_s;
    QTest::newRow("instrumental first name") << u"Сергеем"_s << int(C::Instrumental) << u"Сергей"_s;
    QTest::newRow("feminine") << u"Захаровой"_s << int(C::Instrumental) << u"Захарова"_s;
    QTest::newRow("adjectival") << u"Лавровского"_s << int(C::Genitive) << u"Лавровский"_s;
    QTest::newRow("nominative kept") << u"Лавров"_s << int(C::Nominative) << u"Лавров"_s;
    QTest::newRow("latin kept") << u"Martynova"_s << int(C::Genitive) << u"Martynova"_s;
    QTest::newRow("initial kept") << u"С"_s << int(C::Genitive) << u"С"_s;
}

void TestReleaseExtractor::russianNames()
{
    QFETCH(QString, word);
    QFETCH(int, grammaticalCase);
    QFETCH(QString, nominative);
    QCOMPARE(RussianForms::nominativeOfName(word, RussianForms::Case(grammaticalCase)), nominative);
}

void TestReleaseExtractor::russianPlaceForms()
{
    QVERIFY(RussianForms::placeForms(u"Москва"_s).contains(u"москве"_s));
    QVERIFY(RussianForms::placeForms(u"Минск"_s).contains(u"минске"_s));
    QVERIFY(RussianForms::placeForms(u"Беларусь"_s).contains(u"беларуси"_s));
    QVERIFY(RussianForms::placeForms(u"Республика Беларусь"_s).contains(u"республики беларусь"_s));
    QVERIFY(
        RussianForms::placeForms(u"Российская Федерация"_s).contains(u"российской федерацией"_s));
    QVERIFY(RussianForms::placeForms(u"Санкт-Петербург"_s).contains(u"санкт петербурге"_s));
    QCOMPARE(RussianForms::placeForms(u"Сочи!"_s), QStringList{u"сочи"_s});
    QCOMPARE(RussianForms::caseOfTitleWord(u"Министром"_s), RussianForms::Case::Instrumental);
    QCOMPARE(RussianForms::caseOfTitleWord(u"Министра"_s), RussianForms::Case::Genitive);
    QCOMPARE(RussianForms::caseOfTitleWord(u"Министр"_s), RussianForms::Case::Nominative);
}

void TestReleaseExtractor::input()
{
    QCOMPARE(ReleaseInput::decode(QByteArray("\xEF\xBB\xBFHello"), u"x"_s).value(), u"Hello"_s);
    QVERIFY(!ReleaseInput::decode(QByteArray(), u"x"_s));
    QVERIFY(!ReleaseInput::decode(QByteArray(" \n\t "), u"x"_s));
    QVERIFY(!ReleaseInput::decode(QByteArray("PK\x03\x04\x00\x00", 6), u"x"_s));
    const auto binary = ReleaseInput::decode(QByteArray("a\0b", 3), u"in.txt"_s);
    QVERIFY(!binary);
    QCOMPARE(binary.error().kind, Error::Kind::Invalid);
    QVERIFY(binary.error().message.contains(u"in.txt"_s));
    // "Москва" in Windows-1251.
    const auto cp1251 = ReleaseInput::decode(QByteArray("\xCC\xEE\xF1\xEA\xE2\xE0"), u"x"_s);
    QVERIFY(cp1251);
    QCOMPARE(*cp1251, u"Москва"_s);
}

void TestReleaseExtractor::referenceInEnglish()
{
    const MeetingDraft d = draft(u"ref-collegium-en.txt"_s);
    const Meeting &m = d.meeting;
    QVERIFY(d.meetingLike);
    QCOMPARE(m.title, u"Joint meeting of the collegiums of the Russian and Belarusian foreign "
                      "ministries"_s);
    QCOMPARE(m.start, PartialDate::day(2009, 11, 25));
    QVERIFY(m.end.isNull());
    QCOMPARE(m.place, u"Moscow"_s);
    QCOMPARE(m.placeCountry, u"RUS"_s);
    QCOMPARE(m.format, u"joint_collegium"_s);
    QCOMPARE(m.status, MeetingStatus::Held);
    QCOMPARE(partyCodes(m), (QStringList{u"RUS:host"_s, u"BLR:guest"_s}));
    QCOMPARE(m.delegations.size(), 2);
    QCOMPARE(headOf(m, u"RUS"_s)->personId, 1);
    QCOMPARE(headOf(m, u"RUS"_s)->position,
             u"Minister of Foreign Affairs of the Russian Federation"_s);
    QCOMPARE(headOf(m, u"BLR"_s)->personId, 2);
    QCOMPARE(headOf(m, u"BLR"_s)->position,
             u"Minister of Foreign Affairs of the Republic of Belarus"_s);
    QVERIFY(d.newPeople.isEmpty());

    QCOMPARE(m.documents.size(), 2);
    const OutcomeDocument &programme = m.documents.at(0);
    QVERIFY(programme.title.startsWith(u"Program of Concerted Action in Foreign Policy"_s));
    QVERIFY(programme.title.endsWith(u"for 2010-2011"_s));
    QCOMPARE(programme.kind, u"programme"_s);
    QCOMPARE(programme.action, u"adopted"_s);
    QCOMPARE(programme.periodStart, PartialDate::year(2010));
    QCOMPARE(programme.periodEnd, PartialDate::year(2011));
    const OutcomeDocument &plan = m.documents.at(1);
    QCOMPARE(plan.title, u"Plan of Consultations between the Ministries of Foreign Affairs of "
                         "Russia and Belarus for 2010"_s);
    QCOMPARE(plan.kind, u"plan"_s);
    QCOMPARE(plan.action, u"signed"_s);
    QCOMPARE(plan.periodStart, PartialDate::year(2010));
    QCOMPARE(plan.periodEnd, PartialDate::year(2010));

    QCOMPARE(m.tone, u"complete mutual understanding; friendly and constructive"_s);
    QCOMPARE(d.subEvents.size(), 1);
    QCOMPARE(d.subEvents.first().format, u"one_to_one"_s);
    QCOMPARE(d.subEvents.first().title,
             u"One-to-one conversation of Sergey Lavrov and Sergey Martynov"_s);

    QCOMPARE(m.sources.size(), 1);
    QCOMPARE(m.sources.first().publisher,
             u"Ministry of Foreign Affairs of the Russian Federation"_s);
    QCOMPARE(m.sources.first().published, PartialDate::day(2009, 11, 25));
    QCOMPARE(m.sources.first().text, release(u"ref-collegium-en.txt"_s));
    // Empty: the text names no summary, no address.
    QVERIFY(m.summary.isEmpty());
    QVERIFY(m.sources.first().url.isEmpty());
    // The Customs Union names Kazakhstan, which is no party; the Union State in the programme's
    // name is no topic.
    QVERIFY(!m.party(u"KAZ"_s));
    QVERIFY(!topicNames(m).contains(u"Union State"_s));
    QVERIFY(d.problems().isEmpty());
}

void TestReleaseExtractor::referenceInRussian()
{
    const MeetingDraft d = draft(u"ref-collegium-ru.txt"_s);
    const Meeting &m = d.meeting;
    QVERIFY(d.meetingLike);
    QCOMPARE(m.title, u"О совместном заседании коллегий МИД России и МИД Беларуси"_s);
    QCOMPARE(m.start, PartialDate::day(2009, 11, 25)); // the year from the date line at the foot
    QCOMPARE(m.place, u"Moscow"_s);
    QCOMPARE(m.format, u"joint_collegium"_s);
    QCOMPARE(m.status, MeetingStatus::Held);
    QCOMPARE(partyCodes(m), (QStringList{u"RUS:host"_s, u"BLR:guest"_s}));
    QCOMPARE(headOf(m, u"RUS"_s)->personId, 1);
    QCOMPARE(headOf(m, u"BLR"_s)->personId, 2);
    QCOMPARE(m.documents.size(), 2);
    QCOMPARE(m.documents.at(0).title,
             u"Программа согласованных действий в области внешней политики государств – "
             "участников Договора о создании Союзного государства на 2010–2011 годы"_s);
    QCOMPARE(m.documents.at(0).action, u"adopted"_s);
    QCOMPARE(m.documents.at(0).periodEnd, PartialDate::year(2011));
    QCOMPARE(m.documents.at(1).title,
             u"План консультаций между министерствами иностранных дел двух стран на 2010 год"_s);
    QCOMPARE(m.documents.at(1).action, u"signed"_s);
    QCOMPARE(m.tone, u"complete mutual understanding; friendly and constructive"_s);
    QCOMPARE(d.subEvents.size(), 1);
    QCOMPARE(m.sources.first().publisher, u"МИНИСТЕРСТВО ИНОСТРАННЫХ ДЕЛ РОССИЙСКОЙ ФЕДЕРАЦИИ"_s);
    QVERIFY(d.newPeople.isEmpty());
}

void TestReleaseExtractor::referenceMatchesSample_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("english") << u"ref-collegium-en.txt"_s;
    QTest::newRow("russian") << u"ref-collegium-ru.txt"_s;
}

// Where the draft and the catalogue's sample meeting overlap, they agree.
void TestReleaseExtractor::referenceMatchesSample()
{
    QFETCH(QString, file);
    const MeetingDraft d = draft(file);
    const Meeting sample = SampleCatalogue::jointCollegium(1, 2);
    const Meeting &m = d.meeting;
    QCOMPARE(m.start, sample.start);
    QCOMPARE(m.effectiveEnd(), sample.effectiveEnd());
    QCOMPARE(m.place, sample.place);
    QCOMPARE(m.placeCountry, sample.placeCountry);
    QCOMPARE(m.format, sample.format);
    QCOMPARE(m.status, sample.status);
    QCOMPARE(m.parties, sample.parties);
    QCOMPARE(m.delegations, sample.delegations);
    QCOMPARE(m.tone, sample.tone);
    QCOMPARE(topicNames(m), topicNames(sample));
    QCOMPARE(m.documents.size(), sample.documents.size());
    for (qsizetype i = 0; i < sample.documents.size(); ++i) {
        const OutcomeDocument &a = m.documents.at(i);
        const OutcomeDocument &b = sample.documents.at(i);
        QCOMPARE(a.kind, b.kind);
        QCOMPARE(a.action, b.action);
        QCOMPARE(a.date, b.date);
        QCOMPARE(a.periodStart, b.periodStart);
        QCOMPARE(a.periodEnd, b.periodEnd);
        QCOMPARE(a.parties, b.parties);
    }
    const Meeting sub = SampleCatalogue::oneToOne(0, 1, 2);
    QCOMPARE(d.subEvents.size(), 1);
    QCOMPARE(d.subEvents.first().format, sub.format);
    QCOMPARE(d.subEvents.first().start, sub.start);
    QCOMPARE(d.subEvents.first().place, sub.place);
    QCOMPARE(d.subEvents.first().parties, sub.parties);
    QCOMPARE(d.subEvents.first().delegations, sub.delegations);
}

void TestReleaseExtractor::announcementInRussian()
{
    const MeetingDraft d = draft(u"kazakhstan-announcement-ru.txt"_s);
    const Meeting &m = d.meeting;
    QCOMPARE(m.status, MeetingStatus::Planned);
    QCOMPARE(m.start, PartialDate::day(2010, 1, 27));
    QCOMPARE(m.place, u"Moscow"_s);
    QCOMPARE(m.format, u"talks"_s);
    QCOMPARE(partyCodes(m), (QStringList{u"RUS:host"_s, u"KAZ:guest"_s}));
    QCOMPARE(headOf(m, u"RUS"_s)->personId, 1); // "с … С.В.Лавровым"
    // The Kazakh minister is not in the catalogue: proposed, in the nominative.
    QCOMPARE(d.newPeople.size(), 1);
    QCOMPARE(d.newPeople.first().nameNative, u"М.А.Жумабаев"_s);
    QCOMPARE(d.newPeople.first().asWritten, u"М.А.Жумабаева"_s);
    QCOMPARE(d.newPeople.first().country, u"KAZ"_s);
    QCOMPARE(d.newPeople.first().title, u"Minister of Foreign Affairs"_s);
    QVERIFY(d.newPeople.first().head);
    QCOMPARE(headOf(m, u"KAZ"_s)->personId, MeetingDraft::placeholderId(0));
    // "Ожидается подписание …": an announcement's documents are not signed yet; the Plan of
    // Consultations is discussed, not a format.
    QVERIFY(m.documents.isEmpty());
    QVERIFY(topicNames(m).contains(u"Trade and investment"_s));
    QVERIFY(topicNames(m).contains(u"CIS and regional integration"_s));
    QVERIFY(m.tone.isEmpty());
    QVERIFY(d.subEvents.isEmpty());
    QCOMPARE(m.sources.first().published, PartialDate::day(2010, 1, 20));
    QVERIFY(d.problems().isEmpty());
}

void TestReleaseExtractor::documentLinks_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("programme");
    QTest::addColumn<QString>("plan");
    QTest::newRow("in development of")
        << u"armenia-plans-en.txt"_s
        << u"Programme of Cooperation between the Ministries of Foreign Affairs of Russia and "
           u"Armenia for 2015-2017"_s
        << u"Plan of Consultations between the two Ministries for 2015"_s;
    QTest::newRow("во исполнение")
        << u"kyrgyzstan-plan-ru.txt"_s
        << u"Программа сотрудничества между министерствами иностранных дел на 2014–2015 годы"_s
        << u"План консультаций на 2014 год"_s;
}

void TestReleaseExtractor::documentLinks()
{
    QFETCH(QString, file);
    QFETCH(QString, programme);
    QFETCH(QString, plan);
    const MeetingDraft d = draft(file, QDate());
    const QList<OutcomeDocument> &docs = d.meeting.documents;
    // The programme named again in "in development of the Programme" is not a third document.
    QCOMPARE(docs.size(), 2);
    QCOMPARE(docs.at(0).title, programme);
    QCOMPARE(docs.at(0).kind, u"programme"_s);
    QVERIFY(docs.at(0).links.isEmpty());
    QCOMPARE(docs.at(1).title, plan);
    QCOMPARE(docs.at(1).kind, u"plan"_s);
    QCOMPARE(docs.at(1).action, u"signed"_s);
    QCOMPARE(docs.at(1).links.size(), 1);
    QCOMPARE(docs.at(1).links.at(0).relation, DocumentRelation::Develops);
    QCOMPARE(docs.at(1).links.at(0).targetId, MeetingDraft::documentPlaceholder(0));
    QCOMPARE(docs.at(1).links.at(0).targetTitle, programme);
    bool shown = false;
    for (const Evidence &e : d.evidenceFor(u"documents"_s))
        shown = shown || e.value == plan + u" develops "_s + programme;
    QVERIFY(shown);
    // The reference release says nothing of the kind: no link is invented.
    const MeetingDraft reference = draft(u"ref-collegium-en.txt"_s, QDate(2009, 11, 25));
    for (const OutcomeDocument &doc : reference.meeting.documents)
        QVERIFY(doc.links.isEmpty());
}

void TestReleaseExtractor::telephoneCall()
{
    const MeetingDraft d = draft(u"france-telephone-en.txt"_s, QDate(2010, 3, 4));
    const Meeting &m = d.meeting;
    QCOMPARE(m.format, u"telephone_call"_s);
    QCOMPARE(m.status, MeetingStatus::Held);
    QCOMPARE(m.start, PartialDate::day(2010, 3, 3)); // "On Wednesday", published on a Thursday
    // A call has no place and no host.
    QVERIFY(m.place.isEmpty());
    QVERIFY(m.placeCountry.isEmpty());
    QVERIFY(!hasEvidence(d, u"place"_s));
    QCOMPARE(partyCodes(m), (QStringList{u"RUS:participant"_s, u"FRA:participant"_s}));
    QCOMPARE(headOf(m, u"RUS"_s)->personId, 1);
    QCOMPARE(d.newPeople.size(), 1);
    QCOMPARE(d.newPeople.first().nameLatin, u"Claire Dubois-Renard"_s);
    QCOMPARE(d.newPeople.first().country, u"FRA"_s);
    QCOMPARE(d.newPeople.first().title, u"Minister of Foreign Affairs"_s);
    QCOMPARE(topicNames(m), QStringList{u"Middle East"_s});
    QVERIFY(m.documents.isEmpty());
    QVERIFY(d.subEvents.isEmpty());
}

void TestReleaseExtractor::postponedVisit()
{
    const MeetingDraft d = draft(u"germany-postponed-en.txt"_s);
    const Meeting &m = d.meeting;
    QCOMPARE(m.status, MeetingStatus::Postponed);
    QCOMPARE(m.start, PartialDate::day(2010, 2, 15));
    QCOMPARE(m.end, PartialDate::day(2010, 2, 16));
    QCOMPARE(m.place, u"Moscow"_s);
    QCOMPARE(partyCodes(m), (QStringList{u"RUS:host"_s, u"DEU:guest"_s}));
    QCOMPARE(d.newPeople.size(), 1);
    QCOMPARE(d.newPeople.first().nameLatin, u"Matthias Kellner"_s);
    QCOMPARE(d.newPeople.first().country, u"DEU"_s);
    QCOMPARE(headOf(m, u"RUS"_s)->personId, 1);
    QVERIFY(m.documents.isEmpty());
    QVERIFY(m.tone.isEmpty());
}

void TestReleaseExtractor::multiDayVisitWithDocuments()
{
    const MeetingDraft d = draft(u"india-visit-en.txt"_s);
    const Meeting &m = d.meeting;
    QCOMPARE(m.format, u"official_visit"_s);
    QCOMPARE(m.status, MeetingStatus::Held);
    QCOMPARE(m.start, PartialDate::day(2010, 11, 24));
    QCOMPARE(m.end, PartialDate::day(2010, 11, 26));
    QCOMPARE(m.place, u"Moscow"_s);
    QCOMPARE(partyCodes(m), (QStringList{u"RUS:host"_s, u"IND:guest"_s}));
    QCOMPARE(d.newPeople.size(), 1);
    QCOMPARE(d.newPeople.first().nameLatin, u"Rajiv Menon"_s);
    QCOMPARE(d.newPeople.first().country, u"IND"_s);
    QCOMPARE(m.title, u"Official visit of External Affairs Minister to Russia"_s);
    QCOMPARE(m.documents.size(), 2);
    QCOMPARE(m.documents.at(0).kind, u"protocol"_s);
    QCOMPARE(m.documents.at(0).action, u"signed"_s);
    QCOMPARE(
        m.documents.at(0).title,
        u"Protocol on Consultations between the Ministries of Foreign Affairs for 2011-2012"_s);
    QCOMPARE(m.documents.at(0).periodStart, PartialDate::year(2011));
    QCOMPARE(m.documents.at(0).periodEnd, PartialDate::year(2012));
    QCOMPARE(m.documents.at(1).kind, u"memorandum"_s);
    QCOMPARE(m.documents.at(1).action, u"signed"_s);
    QVERIFY(m.documents.at(1).periodStart.isNull());
    QCOMPARE(m.documents.at(0).date, PartialDate::day(2010, 11, 24));
    QCOMPARE(m.tone, u"warm and friendly"_s);
    QVERIFY(topicNames(m).contains(u"Trade and investment"_s));
    QVERIFY(topicNames(m).contains(u"Energy"_s));
    QCOMPARE(m.sources.first().published, PartialDate::day(2010, 11, 27));
}

void TestReleaseExtractor::consultationsAcrossMonths()
{
    const MeetingDraft d = draft(u"brazil-consultations-ru.txt"_s);
    const Meeting &m = d.meeting;
    QCOMPARE(m.format, u"consultations"_s);
    QCOMPARE(m.start, PartialDate::day(2010, 11, 30));
    QCOMPARE(m.end, PartialDate::day(2010, 12, 1));
    QCOMPARE(m.place, u"Brasilia"_s);
    QCOMPARE(partyCodes(m), (QStringList{u"BRA:host"_s, u"RUS:guest"_s}));
    QCOMPARE(d.newPeople.size(), 2);
    QCOMPARE(headOf(m, u"RUS"_s)->nameNative, u"С.А.Воронов"_s);
    QCOMPARE(headOf(m, u"RUS"_s)->position,
             u"Deputy Minister of Foreign Affairs of the Russian Federation"_s);
    QCOMPARE(headOf(m, u"BRA"_s)->nameNative, u"А.Перейра"_s);
    QCOMPARE(m.tone, u"businesslike and constructive"_s);
    QVERIFY(topicNames(m).contains(u"Disarmament"_s));
    // No date line: the publication date stays unknown.
    QVERIFY(m.sources.first().published.isNull());
    QVERIFY(m.documents.isEmpty());
}

void TestReleaseExtractor::furnitureDatesAreIgnored()
{
    // Published on Wednesday 2 December: "On Tuesday" is 1 December, whatever the ticker says.
    MeetingDraft d = draft(u"belarus-furniture-en.txt"_s, QDate(2009, 12, 2));
    QCOMPARE(d.meeting.start, PartialDate::day(2009, 12, 1));
    QCOMPARE(d.meeting.format, u"working_visit"_s);
    QCOMPARE(d.meeting.place, u"Minsk"_s);
    QCOMPARE(partyCodes(d.meeting), (QStringList{u"BLR:host"_s, u"KAZ:guest"_s}));
    QCOMPARE(headOf(d.meeting, u"BLR"_s)->personId, 2);
    QCOMPARE(d.newPeople.size(), 1);
    QCOMPARE(d.newPeople.first().nameLatin, u"Marat Zhumabayev"_s);
    QCOMPARE(d.meeting.tone, u"friendly and trustful"_s);
    QCOMPARE(d.evidenceFor(u"published"_s).first().value, u"2009-12-02"_s);
    QCOMPARE(d.evidenceFor(u"published"_s).first().start, -1);

    // Without a publication date the ticker's, the stamp's and the copyright's dates are still
    // not used: the weekday cannot be resolved, and the date stays empty, flagged.
    d = draft(u"belarus-furniture-en.txt"_s);
    QVERIFY(d.meeting.start.isNull());
    QVERIFY(d.meeting.sources.first().published.isNull());
    QCOMPARE(d.evidenceFor(u"start_date"_s).first().flag, u"no_publication_date"_s);
    QVERIFY(d.evidenceFor(u"start_date"_s).first().value.isEmpty());
    QVERIFY(!d.problems().isEmpty()); // cannot be saved without a date
}

void TestReleaseExtractor::noYearIsFlagged()
{
    MeetingDraft d = draft(u"no-year-en.txt"_s);
    QVERIFY(d.meetingLike);
    QVERIFY(d.meeting.start.isNull());
    QVERIFY(d.meeting.end.isNull());
    const QList<Evidence> date = d.evidenceFor(u"start_date"_s);
    QCOMPARE(date.size(), 1);
    QCOMPARE(date.first().flag, u"no_year"_s);
    QCOMPARE(date.first().confidence, 0.0);
    QVERIFY(date.first().sentence.startsWith(u"On 14 March"_s));
    QCOMPARE(d.meeting.place, u"Tbilisi"_s);
    QCOMPARE(d.meeting.format, u"consultations"_s);
    QCOMPARE(partyCodes(d.meeting), (QStringList{u"GEO:host"_s, u"ARM:guest"_s}));
    QVERIFY(d.meeting.delegations.isEmpty()); // nobody is named
    QVERIFY(d.newPeople.isEmpty());

    d = draft(u"no-year-en.txt"_s, QDate(2011, 3, 15));
    QCOMPARE(d.meeting.start, PartialDate::day(2011, 3, 14));
}

void TestReleaseExtractor::sidelinesInThirdCountry()
{
    const MeetingDraft d = draft(u"china-sidelines-en.txt"_s);
    const Meeting &m = d.meeting;
    QCOMPARE(m.format, u"summit_sidelines"_s);
    QCOMPARE(m.start, PartialDate::day(2010, 9, 23)); // not the dateline's 24th
    QCOMPARE(m.sources.first().published, PartialDate::day(2010, 9, 24));
    QCOMPARE(m.place, u"New York"_s);
    QCOMPARE(m.placeCountry, u"USA"_s);
    // Held in a third country: nobody hosts.
    QCOMPARE(partyCodes(m), (QStringList{u"RUS:participant"_s, u"CHN:participant"_s}));
    QCOMPARE(d.newPeople.size(), 1);
    QCOMPARE(d.newPeople.first().nameLatin, u"Li Wenhao"_s);
    QCOMPARE(d.newPeople.first().country, u"CHN"_s);
}

void TestReleaseExtractor::videoConference()
{
    const MeetingDraft d = draft(u"video-conference-ru.txt"_s);
    const Meeting &m = d.meeting;
    QCOMPARE(m.format, u"video_conference"_s);
    QCOMPARE(m.start, PartialDate::day(2011, 4, 15));
    QVERIFY(m.place.isEmpty());
    QCOMPARE(partyCodes(m), (QStringList{u"RUS:participant"_s, u"KAZ:participant"_s}));
    // Karasin is in the catalogue, met here in the genitive and with initials.
    QCOMPARE(headOf(m, u"RUS"_s)->personId, 3);
    QCOMPARE(headOf(m, u"RUS"_s)->position,
             u"Deputy Minister of Foreign Affairs of the Russian Federation"_s);
    QCOMPARE(d.newPeople.size(), 1);
    QCOMPARE(d.newPeople.first().nameNative, u"Ж.Б.Абенов"_s);
    QCOMPARE(d.newPeople.first().title, u"First Deputy Minister of Foreign Affairs"_s);
    QVERIFY(topicNames(m).contains(u"Migration"_s));
}

void TestReleaseExtractor::cancelled()
{
    const MeetingDraft d = draft(u"kazakhstan-cancelled-en.txt"_s);
    QCOMPARE(d.meeting.status, MeetingStatus::Cancelled);
    QCOMPARE(d.meeting.start, PartialDate::day(2011, 5, 5));
    QCOMPARE(d.meeting.place, u"Tashkent"_s);
    QCOMPARE(d.meeting.format, u"consultations"_s);
    QCOMPARE(partyCodes(d.meeting), (QStringList{u"UZB:host"_s, u"KAZ:guest"_s}));
}

void TestReleaseExtractor::stateVisitAnnouncement()
{
    const MeetingDraft d = draft(u"brazil-state-visit-en.txt"_s);
    const Meeting &m = d.meeting;
    QCOMPARE(m.status, MeetingStatus::Planned);
    QCOMPARE(m.format, u"state_visit"_s);
    QCOMPARE(m.start, PartialDate::day(2010, 4, 14)); // year from "10/04/2010"
    QCOMPARE(m.end, PartialDate::day(2010, 4, 15));
    QCOMPARE(m.place, u"Brasilia"_s);
    QCOMPARE(partyCodes(m), (QStringList{u"BRA:host"_s, u"RUS:guest"_s}));
    // Posts without names, and nobody in the catalogue held them: no one is invented.
    QVERIFY(m.delegations.isEmpty());
    QVERIFY(d.newPeople.isEmpty());
    // "are expected to sign": not signed yet.
    QVERIFY(m.documents.isEmpty());
}

void TestReleaseExtractor::notAMeeting()
{
    const MeetingDraft d = draft(u"not-a-meeting-en.txt"_s);
    QVERIFY(!d.meetingLike);
    QVERIFY(d.meeting.parties.isEmpty());
    QVERIFY(d.meeting.delegations.isEmpty());
    QVERIFY(d.meeting.place.isEmpty());
}

void TestReleaseExtractor::evidenceSpansPointIntoTheText()
{
    for (const QString &file :
         {u"ref-collegium-en.txt"_s, u"ref-collegium-ru.txt"_s, u"india-visit-en.txt"_s}) {
        const QString text = release(file);
        const MeetingDraft d = draft(file);
        QVERIFY(!d.evidence.isEmpty());
        for (const Evidence &e : d.evidence) {
            QVERIFY2(e.confidence >= 0.0 && e.confidence <= 1.0, qPrintable(e.field));
            if (e.start < 0)
                continue;
            QVERIFY(e.end > e.start && e.end <= text.size());
            QCOMPARE(text.mid(e.start, e.end - e.start).simplified(), e.sentence);
        }
    }
    const MeetingDraft d = draft(u"ref-collegium-en.txt"_s);
    const Evidence place = d.evidenceFor(u"place"_s).first();
    QVERIFY(place.sentence.contains(u"took place in Moscow"_s));
    QVERIFY(place.confidence >= 0.8);
    for (const QString &field :
         {u"start_date"_s, u"format"_s, u"status"_s, u"parties"_s, u"delegations"_s, u"documents"_s,
          u"topics"_s, u"tone"_s, u"sub_events"_s, u"title"_s, u"publisher"_s, u"published"_s})
        QVERIFY2(hasEvidence(d, field), qPrintable(field));
    QVERIFY(!hasEvidence(d, u"end_date"_s));
}

void TestReleaseExtractor::oddInputs_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("meeting");
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("spaces") << u"   \n\n  \t "_s << false;
    QTest::newRow("one word") << u"Talks"_s << false;
    QTest::newRow("only dots") << QString(5000, u'.') << false;
    QTest::newRow("one long line") << QString(20000, u'a') << false;
    QTest::newRow("control characters")
        << QString(QChar(1)) + QChar(2) + u" talks in Moscow"_s + QChar(0) + u" on 5 May"_s
        << false;
    QTest::newRow("titles only") << u"Minister Minister of Foreign Affairs of the of President"_s
                                 << false;
    // Broken text around a real meeting still gives the meeting.
    QTest::newRow("lone surrogate") << u"Minister "_s + QChar(0xd800) + u" Lavrov met"_s << true;
}

void TestReleaseExtractor::oddInputs()
{
    QFETCH(QString, text);
    QFETCH(bool, meeting);
    const auto d = ReleaseExtractor(m_catalogue).extract(text, QDate(2010, 1, 1));
    QVERIFY(d);
    QCOMPARE(d->meetingLike, meeting);
}

QTEST_GUILESS_MAIN(TestReleaseExtractor)
#include "tst_releaseextractor.moc"
