#include "samplecatalogue.h"

#include "storage/catalogue.h"
#include "storage/meetingrepository.h"
#include "storage/personrepository.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace entente::SampleCatalogue {

namespace {

const QString ministerTitle = u"Minister of Foreign Affairs"_s;

// Both the joint meeting and the one-to-one: each minister heads his country's delegation.
QList<Delegation> ministersDelegations(qint64 lavrovId, qint64 martynovId)
{
    return {
        {u"RUS"_s,
         {{lavrovId, u"Minister of Foreign Affairs of the Russian Federation"_s, true, {}, {}}}},
        {u"BLR"_s,
         {{martynovId, u"Minister of Foreign Affairs of the Republic of Belarus"_s, true, {}, {}}}},
    };
}

} // namespace

Person lavrov()
{
    Person p;
    p.nameLatin = u"Sergey Lavrov"_s;
    p.nameNative = u"Сергей Лавров"_s;
    p.aliases = {u"Sergei Lavrov"_s, u"Сергей Викторович Лавров"_s};
    p.country = u"RUS"_s;
    p.positions = {{0,
                    ministerTitle,
                    u"Ministry of Foreign Affairs of the Russian Federation"_s,
                    u"RUS"_s,
                    PartialDate::month(2004, 3),
                    {}}};
    return p;
}

Person martynov()
{
    Person p;
    p.nameLatin = u"Sergey Martynov"_s;
    p.nameNative = u"Сергей Мартынов"_s;
    p.aliases = {u"Sergei Martynov"_s, u"Сяргей Мартынаў"_s, u"Сергей Николаевич Мартынов"_s};
    p.country = u"BLR"_s;
    p.positions = {{0, ministerTitle, u"Ministry of Foreign Affairs of the Republic of Belarus"_s,
                    u"BLR"_s, PartialDate::month(2003, 3), PartialDate::month(2012, 8)}};
    return p;
}

Meeting jointCollegium(qint64 lavrovId, qint64 martynovId)
{
    Meeting m;
    m.title = u"Joint meeting of the collegiums of the foreign ministries of Russia and Belarus"_s;
    m.start = PartialDate::day(2009, 11, 25);
    m.place = u"Moscow"_s;
    m.placeCountry = u"RUS"_s;
    m.format = u"joint_collegium"_s;
    m.status = MeetingStatus::Held;
    m.parties = {{u"RUS"_s, PartyRole::Host}, {u"BLR"_s, PartyRole::Guest}};
    m.delegations = ministersDelegations(lavrovId, martynovId);
    m.topics = {{0, u"European security architecture"_s},
                {0, u"Treaty on European Security"_s},
                {0, u"Disarmament"_s},
                {0, u"Central role of the UN and multilateral cooperation"_s},
                {0, u"Economic diplomacy"_s},
                {0, u"Customs Union of Russia, Belarus and Kazakhstan"_s},
                {0, u"WTO accession"_s}};

    OutcomeDocument programme;
    programme.title = u"Program for Concerted Action in Foreign Policy of the Member States of the "
                      "Treaty on the Establishment of the Union State for 2010-2011"_s;
    programme.kind = u"programme"_s;
    programme.action = u"adopted"_s;
    programme.date = PartialDate::day(2009, 11, 25);
    programme.periodStart = PartialDate::year(2010);
    programme.periodEnd = PartialDate::year(2011);
    programme.parties = {u"RUS"_s, u"BLR"_s};

    OutcomeDocument plan;
    plan.title = u"Plan of Consultations between the Ministries of Foreign Affairs of Russia and "
                 "Belarus for 2010"_s;
    plan.kind = u"plan"_s;
    plan.action = u"signed"_s;
    plan.date = PartialDate::day(2009, 11, 25);
    plan.periodStart = PartialDate::year(2010);
    plan.periodEnd = PartialDate::year(2010);
    plan.parties = {u"RUS"_s, u"BLR"_s};
    m.documents = {programme, plan};

    m.tone = u"complete mutual understanding; friendly and constructive"_s;
    m.summary =
        u"The collegiums of the two foreign ministries met jointly in Moscow under the "
        "chairmanship of Sergey Lavrov and Sergey Martynov. They reviewed how the two "
        "countries coordinate their foreign policy, discussed a new architecture of European "
        "security and the proposal for a legally binding Treaty on European Security, "
        "disarmament, the central role of the United Nations, economic diplomacy, and the "
        "Customs Union of Russia, Belarus and Kazakhstan together with its members' accession "
        "to the WTO. They adopted the Program for Concerted Action in foreign policy for "
        "2010-2011 and, to carry it out, signed the Plan of Consultations between the two "
        "ministries for 2010."_s;
    m.sources = {
        {u"Ministry of Foreign Affairs of the Russian Federation"_s,
         u"Press release on the joint meeting of the collegiums of the foreign ministries of "
         "Russia and Belarus"_s,
         {},
         PartialDate::day(2009, 11, 25),
         u"Catalogue note: the ministers chaired a joint session of both collegiums in "
         "Moscow, adopted the 2010-2011 programme of concerted foreign-policy action and "
         "signed the 2010 consultations plan; they also talked one to one. Both sides "
         "described the atmosphere as one of complete mutual understanding."_s}};
    return m;
}

Meeting oneToOne(qint64 parentId, qint64 lavrovId, qint64 martynovId)
{
    Meeting m;
    m.parentId = parentId;
    m.title = u"Separate conversation of Sergey Lavrov and Sergey Martynov"_s;
    m.start = PartialDate::day(2009, 11, 25);
    m.place = u"Moscow"_s;
    m.placeCountry = u"RUS"_s;
    m.format = u"one_to_one"_s;
    m.status = MeetingStatus::Held;
    m.parties = {{u"RUS"_s, PartyRole::Host}, {u"BLR"_s, PartyRole::Guest}};
    m.delegations = ministersDelegations(lavrovId, martynovId);
    m.summary = u"Alongside the joint session the two ministers held a one-to-one conversation."_s;
    return m;
}

Result<Ids> write(const Catalogue &catalogue)
{
    Ids ids;
    PersonRepository people(catalogue);
    auto lavrovId = people.create(lavrov());
    if (!lavrovId)
        return lavrovId.error();
    auto martynovId = people.create(martynov());
    if (!martynovId)
        return martynovId.error();
    ids.lavrov = *lavrovId;
    ids.martynov = *martynovId;

    MeetingRepository meetings(catalogue);
    auto meetingId = meetings.create(jointCollegium(ids.lavrov, ids.martynov));
    if (!meetingId)
        return meetingId.error();
    ids.meeting = *meetingId;

    // The Plan develops the Programme: link them once both have ids.
    auto written = meetings.get(ids.meeting);
    if (!written)
        return written.error();
    Meeting withLink = *written;
    withLink.documents[1].links = {{DocumentRelation::Develops, withLink.documents[0].id, {}}};
    if (Status s = meetings.update(withLink); !s)
        return s.error();

    auto subEvent = meetings.create(oneToOne(ids.meeting, ids.lavrov, ids.martynov));
    if (!subEvent)
        return subEvent.error();
    ids.oneToOne = *subEvent;
    return ids;
}

} // namespace entente::SampleCatalogue
