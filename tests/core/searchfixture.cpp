#include "searchfixture.h"

#include "domain/meeting.h"
#include "domain/person.h"
#include "storage/catalogue.h"
#include "storage/catalogueconnection.h"
#include "storage/meetingrepository.h"
#include "storage/personrepository.h"

#include <QSqlQuery>
#include <QVariant>

#include <tuple>

using namespace Qt::StringLiterals;

namespace entente::test {

namespace {

const QString minister = u"Minister of Foreign Affairs"_s;

Person person(const QString &latin, const QString &native, const QString &country,
              const QStringList &aliases, const QList<Position> &positions)
{
    Person p;
    p.nameLatin = latin;
    p.nameNative = native;
    p.country = country;
    p.aliases = aliases;
    p.positions = positions;
    return p;
}

Position post(const QString &title, const QString &country, PartialDate from, PartialDate to)
{
    return {0, title, {}, country, from, to};
}

DelegationMember head(qint64 id, const QString &position = {})
{
    return {id, position, true, {}, {}};
}

DelegationMember member(qint64 id, const QString &position)
{
    return {id, position, false, {}, {}};
}

Meeting meeting(const QString &title, PartialDate start, PartialDate end, const QString &place,
                const QString &placeCountry, const QString &format, MeetingStatus status)
{
    Meeting m;
    m.title = title;
    m.start = start;
    m.end = end;
    m.place = place;
    m.placeCountry = placeCountry;
    m.format = format;
    m.status = status;
    return m;
}

OutcomeDocument document(const QString &title, const QString &kind, const QString &action)
{
    OutcomeDocument d;
    d.title = title;
    d.kind = kind;
    d.action = action;
    return d;
}

Result<qint64> topic(const Catalogue &catalogue, const QString &name, const QString &folded,
                     qint64 parent)
{
    // Sub-topics have no editor yet: written directly, as the topic manager will.
    QSqlQuery q(CatalogueConnection::of(catalogue));
    q.prepare(u"INSERT INTO topics (parent_id, name, folded) VALUES (:parent, :name, :folded) "
              "RETURNING id"_s);
    q.bindValue(u":parent"_s, parent ? QVariant(parent) : QVariant());
    q.bindValue(u":name"_s, name);
    q.bindValue(u":folded"_s, folded);
    if (!q.exec() || !q.next())
        return Error{Error::Kind::Storage, u"cannot write topic "_s + name, {}};
    return q.value(0).toLongLong();
}

} // namespace

Result<SearchFixture> SearchFixture::build(const Catalogue &catalogue)
{
    SearchFixture f;
    PersonRepository people(catalogue);
    const struct
    {
        qint64 *id;
        Person person;
    } persons[] = {
        {&f.ivanov,
         person(u"Igor Ivanov"_s, u"Игорь Иванов"_s, u"RUS"_s, {u"Игорь Сергеевич Иванов"_s},
                {post(minister, u"RUS"_s, PartialDate::month(1998, 9), PartialDate::month(2004, 3)),
                 post(u"Secretary of the Security Council"_s, u"RUS"_s, PartialDate::month(2004, 3),
                      PartialDate::month(2007, 7))})},
        {&f.fyodorov, person(u"Pyotr Fyodorov"_s, u"Пётр Фёдоров"_s, u"RUS"_s, {},
                             {post(minister, u"RUS"_s, PartialDate::month(2004, 3), {})})},
        {&f.antonovich, person(u"Ivan Antonovich"_s, u"Иван Антонович"_s, u"BLR"_s, {},
                               {post(minister, u"BLR"_s, PartialDate::month(2000, 11),
                                     PartialDate::month(2003, 3))})},
        {&f.senko, person(u"Vladimir Senko"_s, u"Владимир Сенько"_s, u"BLR"_s,
                          {u"Uladzimir Syanko"_s, u"Уладзімір Сянько"_s},
                          {post(minister, u"BLR"_s, PartialDate::month(2003, 3),
                                PartialDate::month(2006, 12))})},
        {&f.tokayev, person(u"Kassym-Jomart Tokayev"_s, u"Касым-Жомарт Токаев"_s, u"KAZ"_s, {},
                            {post(minister, u"KAZ"_s, PartialDate::month(2002, 6),
                                  PartialDate::month(2007, 1))})},
        {&f.nazarov, person(u"Talbak Nazarov"_s, u"Талбак Назаров"_s, u"TJK"_s, {},
                            {post(minister, u"TJK"_s, PartialDate::month(1994, 1),
                                  PartialDate::month(2006, 11))})},
        {&f.plassnik, person(u"Ursula Plassnik"_s, QString(), u"AUT"_s, {}, {})},
    };
    for (const auto &p : persons) {
        auto id = people.create(p.person);
        if (!id)
            return id.error();
        *p.id = *id;
    }

    for (const auto &[target, name, folded, parent] :
         {std::tuple{&f.energy, u"Energy"_s, u"energy"_s, qint64(0)},
          std::tuple{&f.security, u"Security"_s, u"security"_s, qint64(0)}}) {
        auto id = topic(catalogue, name, folded, parent);
        if (!id)
            return id.error();
        *target = *id;
    }
    auto gas = topic(catalogue, u"Gas transit"_s, u"gas transit"_s, f.energy);
    if (!gas)
        return gas.error();
    f.gasTransit = *gas;

    MeetingRepository meetings(catalogue);
    const auto write = [&](const Meeting &m, qint64 *id) -> Status {
        auto written = meetings.create(m);
        if (!written)
            return written.error();
        *id = *written;
        return {};
    };

    Meeting m = meeting(u"Talks on gas transit in Minsk"_s, PartialDate::day(2001, 6, 14), {},
                        u"Minsk"_s, u"BLR"_s, u"talks"_s, MeetingStatus::Held);
    m.parties = {{u"BLR"_s, PartyRole::Host}, {u"RUS"_s, PartyRole::Guest}};
    m.delegations = {{u"BLR"_s, {head(f.antonovich)}},
                     {u"RUS"_s, {head(f.ivanov), member(f.fyodorov, u"Deputy Minister"_s)}}};
    m.topics = {{f.gasTransit, u"Gas transit"_s}};
    m.documents = {document(u"Agreement on the transit of gas"_s, u"agreement"_s, u"signed"_s)};
    m.summary = u"Переговоры о транзите газа через Беларусь."_s;
    m.tone = u"businesslike"_s;
    if (Status s = write(m, &f.talksMinsk); !s)
        return s.error();

    m = meeting(u"Official visit to Astana"_s, PartialDate::day(2003, 5, 20),
                PartialDate::day(2003, 5, 23), u"Astana"_s, u"KAZ"_s, u"official_visit"_s,
                MeetingStatus::Held);
    m.parties = {{u"KAZ"_s, PartyRole::Host}, {u"RUS"_s, PartyRole::Guest}};
    m.delegations = {{u"KAZ"_s, {head(f.tokayev)}}, {u"RUS"_s, {head(f.ivanov)}}};
    m.topics = {{f.energy, u"Energy"_s}};
    m.documents = {
        document(u"Joint statement on the Caspian Sea"_s, u"joint_statement"_s, u"adopted"_s)};
    m.summary = u"Four days of talks about the Caspian Sea and oil."_s;
    if (Status s = write(m, &f.visitAstana); !s)
        return s.error();

    m = meeting(u"One-to-one conversation in Astana"_s, PartialDate::day(2003, 5, 21), {},
                u"Astana"_s, u"KAZ"_s, u"one_to_one"_s, MeetingStatus::Held);
    m.parentId = f.visitAstana;
    m.parties = {{u"KAZ"_s, PartyRole::Host}, {u"RUS"_s, PartyRole::Guest}};
    m.delegations = {{u"KAZ"_s, {head(f.tokayev)}}, {u"RUS"_s, {head(f.ivanov)}}};
    if (Status s = write(m, &f.oneToOne); !s)
        return s.error();

    m = meeting(u"Working visit of Igor Ivanov to Dushanbe"_s, PartialDate::day(2004, 3, 10), {},
                u"Dushanbe"_s, u"TJK"_s, u"working_visit"_s, MeetingStatus::Planned);
    m.parties = {{u"TJK"_s, PartyRole::Host}, {u"RUS"_s, PartyRole::Guest}};
    m.delegations = {{u"TJK"_s, {head(f.nazarov)}}, {u"RUS"_s, {head(f.ivanov)}}};
    if (Status s = write(m, &f.dushanbe); !s)
        return s.error();

    m = meeting(u"Telephone conversation"_s, PartialDate::day(2004, 3, 20), {}, {}, {},
                u"telephone_call"_s, MeetingStatus::Held);
    m.parties = {{u"RUS"_s, PartyRole::Participant}, {u"BLR"_s, PartyRole::Participant}};
    m.delegations = {{u"RUS"_s, {head(f.fyodorov)}}, {u"BLR"_s, {head(f.antonovich)}}};
    if (Status s = write(m, &f.phone); !s)
        return s.error();

    m = meeting(u"Meeting in Vienna"_s, PartialDate::day(2005, 2, 1), PartialDate::day(2005, 2, 2),
                u"Vienna"_s, u"AUT"_s, u"summit_sidelines"_s, MeetingStatus::Cancelled);
    m.parties = {{u"AUT"_s, PartyRole::Host}, {u"RUS"_s, PartyRole::Guest}};
    m.delegations = {{u"AUT"_s, {head(f.plassnik)}},
                     {u"RUS"_s, {head(f.ivanov, u"Secretary of the Security Council"_s)}}};
    m.summary = u"Les ministres se sont vus avant Genève."_s;
    if (Status s = write(m, &f.vienna); !s)
        return s.error();

    m = meeting(u"Consultations between the foreign ministries"_s, PartialDate::month(2009, 11), {},
                u"Moscow"_s, u"RUS"_s, u"consultations"_s, MeetingStatus::Held);
    m.parties = {{u"RUS"_s, PartyRole::Host}, {u"BLR"_s, PartyRole::Guest}};
    m.delegations = {{u"RUS"_s, {head(f.fyodorov)}}, {u"BLR"_s, {head(f.senko)}}};
    m.topics = {{f.security, u"Security"_s}};
    m.summary = u"Обсуждён вопрос безопасности."_s;
    if (Status s = write(m, &f.consultations); !s)
        return s.error();

    m = meeting(u"Joint session of the boards"_s, PartialDate::day(2009, 11, 25), {}, u"Moscow"_s,
                u"RUS"_s, u"joint_collegium"_s, MeetingStatus::Held);
    m.parties = {{u"RUS"_s, PartyRole::Host}, {u"BLR"_s, PartyRole::Guest}};
    m.delegations = {{u"RUS"_s, {head(f.fyodorov)}}, {u"BLR"_s, {head(f.senko)}}};
    m.documents = {document(u"Programme of joint action for 2010"_s, u"programme"_s, u"adopted"_s),
                   document(u"Plan of consultations for 2010"_s, u"programme"_s, u"signed"_s)};
    if (Status s = write(m, &f.boards); !s)
        return s.error();

    m = meeting(u"Exchange of anniversary messages"_s, PartialDate::year(2010), {}, {}, {},
                u"exchange_of_messages"_s, MeetingStatus::Held);
    m.parties = {{u"RUS"_s, PartyRole::Participant}, {u"TJK"_s, PartyRole::Participant}};
    m.delegations = {{u"RUS"_s, {head(f.fyodorov)}}, {u"TJK"_s, {head(f.nazarov)}}};
    if (Status s = write(m, &f.messages); !s)
        return s.error();
    return f;
}

} // namespace entente::test
