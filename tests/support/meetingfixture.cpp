#include "meetingfixture.h"

#include "storage/catalogueconnection.h"
#include "storage/meetingrepository.h"
#include "storage/personrepository.h"

#include <QDebug>
#include <QSqlQuery>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace entente::test {

namespace {

struct Side
{
    QString code;
    QString name;
    QString latin;
    QString native;
};

const QList<Side> &sides()
{
    static const QList<Side> list = {
        {u"RUS"_s, u"Russia"_s, u"Sergey Lavrov"_s, u"Сергей Лавров"_s},
        {u"BLR"_s, u"Belarus"_s, u"Sergey Martynov"_s, u"Сергей Мартынов"_s},
        {u"KAZ"_s, u"Kazakhstan"_s, u"Kanat Saudabayev"_s, u"Канат Саудабаев"_s},
        {u"ARM"_s, u"Armenia"_s, u"Edward Nalbandyan"_s, u"Эдвард Налбандян"_s},
        {u"CHN"_s, u"China"_s, u"Yang Jiechi"_s, u"Ян Цзечи"_s},
        {u"IND"_s, u"India"_s, u"S. M. Krishna"_s, u""_s},
        {u"FRA"_s, u"France"_s, u"Bernard Kouchner"_s, u""_s},
        {u"DEU"_s, u"Germany"_s, u"Guido Westerwelle"_s, u""_s},
        {u"TUR"_s, u"Turkey"_s, u"Ahmet Davutoğlu"_s, u""_s},
        {u"EGY"_s, u"Egypt"_s, u"Ahmed Aboul Gheit"_s, u"أحمد أبو الغيط"_s},
    };
    return list;
}

const QStringList topicNames = {u"Trade and economic cooperation"_s,
                                u"Regional security"_s,
                                u"Energy"_s,
                                u"Visa facilitation"_s,
                                u"Humanitarian cooperation"_s,
                                u"Transport corridors"_s,
                                u"Counter-terrorism"_s,
                                u"Cultural exchanges"_s,
                                u"Customs Union"_s,
                                u"Arms control"_s,
                                u"Climate"_s,
                                u"Education"_s};

} // namespace

QString MeetingFixture::title(int index)
{
    return u"Meeting %1: talks with %2"_s.arg(index, 4, 10, QLatin1Char('0'))
        .arg(sides().at(1 + index % 9).name);
}

QString MeetingFixture::counterpart(int index)
{
    return sides().at(1 + index % 9).code;
}

MeetingFixture MeetingFixture::build(const Catalogue &catalogue, int count)
{
    MeetingFixture fixture;
    // Test data only: durability does not matter, speed does.
    QSqlQuery(CatalogueConnection::of(catalogue)).exec(u"PRAGMA synchronous = OFF"_s);

    PersonRepository people(catalogue);
    QList<qint64> ministers;
    QList<qint64> deputies;
    for (const Side &side : sides()) {
        Person minister;
        minister.nameLatin = side.latin;
        minister.nameNative = side.native;
        minister.country = side.code;
        minister.positions = {{0,
                               u"Minister of Foreign Affairs"_s,
                               u"Ministry of Foreign Affairs of "_s + side.name,
                               side.code,
                               PartialDate::year(1999),
                               {}}};
        auto ministerId = people.create(minister);
        if (!ministerId) {
            qWarning().noquote() << ministerId.error().message << ministerId.error().detail;
            return fixture;
        }
        ministers.append(*ministerId);
        Person deputy;
        deputy.nameLatin = u"Deputy of "_s + side.name;
        deputy.country = side.code;
        auto deputyId = people.create(deputy);
        if (!deputyId)
            return fixture;
        deputies.append(*deputyId);
    }

    MeetingRepository meetings(catalogue);
    for (int i = 0; i < count; ++i) {
        const int other = 1 + i % 9;
        const bool home = i % 2 == 0;
        Meeting m;
        m.title = title(i);
        m.start = PartialDate::day(2000 + (i * 7) % 15, 1 + i % 12, 1 + i % 28);
        m.place = home ? u"Moscow"_s : sides().at(other).name + u" capital"_s;
        m.placeCountry = home ? u"RUS"_s : sides().at(other).code;
        m.format = i % 5 == 0 ? u"official_visit"_s : u"talks"_s;
        m.parties = {{u"RUS"_s, home ? PartyRole::Host : PartyRole::Guest},
                     {sides().at(other).code, home ? PartyRole::Guest : PartyRole::Host}};
        Delegation ours{u"RUS"_s,
                        {{ministers.at(0), u"Minister of Foreign Affairs"_s, true, {}, {}}}};
        if (i % 4 == 0)
            ours.members.append({deputies.at(0), u"Deputy Minister"_s, false, {}, {}});
        const Delegation theirs{
            sides().at(other).code,
            {{ministers.at(other), u"Minister of Foreign Affairs"_s, true, {}, {}}}};
        m.delegations = {ours, theirs};
        // Uneven frequencies: the first topics come up far more often than the last.
        for (int t = 0; t < topicNames.size(); ++t) {
            if ((i + 1) % (t + 1) == 0 && m.topics.size() < 4)
                m.topics.append({0, topicNames.at(t)});
        }
        if (i % 3 == 0) {
            OutcomeDocument d;
            d.title = u"Joint statement %1"_s.arg(i);
            d.kind = u"joint_statement"_s;
            d.action = u"signed"_s;
            d.date = m.start;
            d.parties = {u"RUS"_s, sides().at(other).code};
            m.documents.append(d);
            ++fixture.documents;
        }
        m.tone = u"constructive"_s;
        m.summary =
            u"The ministers reviewed bilateral relations and the agenda of meeting %1."_s.arg(i);
        auto created = meetings.create(m);
        if (!created) {
            qWarning().noquote() << created.error().message << created.error().detail;
            return fixture;
        }
        const qint64 id = *created;
        fixture.meetingIds.append(id);

        if (i % 25 == 0) {
            Meeting sub;
            sub.parentId = id;
            sub.title = u"One-to-one conversation %1"_s.arg(i);
            sub.start = m.start;
            sub.place = m.place;
            sub.placeCountry = m.placeCountry;
            sub.format = u"one_to_one"_s;
            sub.parties = m.parties;
            sub.delegations = {{u"RUS"_s, {ours.members.first()}},
                               {theirs.country, {theirs.members.first()}}};
            auto subId = meetings.create(sub);
            if (!subId)
                return fixture;
            fixture.subEventIds.append(*subId);
        }
    }
    return fixture;
}

} // namespace entente::test
