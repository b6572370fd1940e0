#include "syntheticphrases.h"

using namespace Qt::StringLiterals;

namespace entente::SyntheticPhrases {

const QStringList &posts()
{
    static const QStringList list = {
        u"Minister of Foreign Affairs"_s,
        u"First Deputy Minister of Foreign Affairs"_s,
        u"Deputy Minister of Foreign Affairs"_s,
        u"State Secretary of the Ministry of Foreign Affairs"_s,
        u"Director of the Department of Europe"_s,
        u"Director of the Department of Asia and the Pacific"_s,
        u"Director of the Department of the Americas"_s,
        u"Director of the Department of Africa and the Middle East"_s,
        u"Director of the Department of International Organisations"_s,
        u"Director of the Legal Department"_s,
        u"Director of the Department of Economic Cooperation"_s,
        u"Head of the State Protocol Service"_s,
        u"Press Secretary of the Minister"_s,
    };
    return list;
}

QString ministry(const QString &countryName)
{
    return u"Ministry of Foreign Affairs of "_s + countryName;
}

const QList<TopicNode> &topics()
{
    static const QList<TopicNode> list = [] {
        const QList<std::pair<QString, QStringList>> tree = {
            {u"Bilateral relations"_s,
             {u"Treaty basis"_s, u"Inter-parliamentary ties"_s, u"Contacts at the highest level"_s,
              u"Anniversaries of diplomatic relations"_s}},
            {u"Trade and economy"_s,
             {u"Trade turnover"_s, u"Investment protection"_s, u"Customs cooperation"_s,
              u"Industrial cooperation"_s, u"WTO accession"_s}},
            {u"Energy"_s,
             {u"Gas transit"_s, u"Nuclear energy"_s, u"Renewable energy"_s, u"Oil supplies"_s}},
            {u"European security"_s,
             {u"Arms control"_s, u"Disarmament"_s, u"OSCE"_s, u"Confidence-building measures"_s}},
            {u"Regional conflicts"_s,
             {u"Middle East settlement"_s, u"Situation in the Caucasus"_s, u"Korean Peninsula"_s,
              u"Afghanistan"_s, u"Western Balkans"_s}},
            {u"Multilateral cooperation"_s,
             {u"United Nations"_s, u"UN Security Council reform"_s, u"BRICS"_s,
              u"Commonwealth of Independent States"_s, u"G20"_s}},
            {u"Consular matters"_s,
             {u"Visa facilitation"_s, u"Protection of citizens abroad"_s, u"Readmission"_s}},
            {u"Culture and education"_s,
             {u"Cultural exchanges"_s, u"Academic mobility"_s, u"Language teaching"_s,
              u"Heritage protection"_s}},
            {u"Transport and logistics"_s,
             {u"Transit corridors"_s, u"Civil aviation"_s, u"Railways"_s}},
            {u"Climate and environment"_s,
             {u"Climate change"_s, u"Water resources"_s, u"Biodiversity"_s}},
            {u"Health"_s, {u"Pandemic response"_s, u"Vaccine cooperation"_s}},
            {u"Legal cooperation"_s,
             {u"Mutual legal assistance"_s, u"Extradition"_s, u"Fight against terrorism"_s,
              u"Cybersecurity"_s}},
            {u"Science and technology"_s,
             {u"Space research"_s, u"Digital economy"_s, u"Joint research programmes"_s}},
        };
        QList<TopicNode> nodes;
        for (const auto &[root, children] : tree) {
            const int parent = int(nodes.size());
            nodes.append({root, -1});
            for (const QString &child : children)
                nodes.append({child, parent});
        }
        return nodes;
    }();
    return list;
}

const QList<Format> &formats()
{
    static const QList<Format> list = {
        {u"talks"_s, 250, false, false, u"Talks between the foreign ministers of %1 and %2"_s},
        {u"telephone_call"_s, 170, false, true,
         u"Telephone conversation between the foreign ministers of %1 and %2"_s},
        {u"working_visit"_s, 110, true, false,
         u"Working visit of the foreign minister of %2 to %1"_s},
        {u"official_visit"_s, 90, true, false,
         u"Official visit of the foreign minister of %2 to %1"_s},
        {u"consultations"_s, 110, false, false,
         u"Consultations between the foreign ministries of %1 and %2 on %3"_s},
        {u"summit_sidelines"_s, 100, false, false,
         u"Meeting of the foreign ministers of %1 and %2 on the sidelines of the %3"_s},
        {u"video_conference"_s, 50, false, true,
         u"Video conference of the foreign ministers of %1 and %2"_s},
        {u"exchange_of_messages"_s, 40, false, true,
         u"Exchange of messages between the foreign ministers of %1 and %2"_s},
        {u"joint_collegium"_s, 30, true, false,
         u"Joint meeting of the collegiums of the foreign ministries of %1 and %2"_s},
        {u"state_visit"_s, 20, true, false,
         u"Foreign minister's talks during the state visit of the President of %2 to %1"_s},
    };
    return list;
}

const QList<DocumentKind> &documentKinds()
{
    static const QList<DocumentKind> list = {
        {u"programme"_s, u"signed"_s,
         u"Programme of cooperation between the ministries of foreign affairs of %1 and %2 for "
         "%4"_s,
         20, true},
        {u"plan"_s, u"adopted"_s,
         u"Plan of consultations between the foreign ministries of %1 "
         "and %2 for %4"_s,
         20, true},
        {u"joint_statement"_s, u"adopted"_s,
         u"Joint statement of the foreign ministers of %1 and %2 on %3"_s, 25, false},
        {u"memorandum"_s, u"signed"_s, u"Memorandum of understanding between %1 and %2 on %3"_s, 15,
         false},
        {u"agreement"_s, u"signed"_s, u"Agreement between %1 and %2 on %3"_s, 10, false},
        {u"protocol"_s, u"signed"_s,
         u"Protocol on amendments to the agreement between %1 and %2 on %3"_s, 5, false},
        {u"communique"_s, u"approved"_s, u"Joint communiqué of %1 and %2"_s, 4, false},
        {u"treaty"_s, u"initialled"_s, u"Treaty between %1 and %2 on %3"_s, 1, false},
    };
    return list;
}

const QStringList &summarySentences()
{
    static const QStringList list = {
        u"The ministers discussed %3 and %4."_s,
        u"The sides reviewed the state of relations between %1 and %2 and the agenda of upcoming "
        "contacts."_s,
        u"%7 and %8 exchanged views on %3."_s,
        u"Particular attention was paid to %3."_s,
        u"The parties agreed to intensify cooperation on %4."_s,
        u"They noted the progress made in implementing earlier agreements on %3."_s,
        u"The next round of consultations is to be held in %5 in %6."_s,
        u"%2 thanked %1 for its support on %4."_s,
        u"Both sides stressed the importance of dialogue on %3 within international "
        "organisations."_s,
        u"The ministers signed documents concluding the talks."_s,
        u"A timetable of visits for %6 was agreed."_s,
        u"The meeting took place in a %9 atmosphere."_s,
    };
    return list;
}

const QStringList &sourceSentences()
{
    static const QStringList list = {
        u"On the invitation of the foreign ministry of %1, %8 arrived in %5."_s,
        u"In the course of the talks %7 and %8 discussed a wide range of issues of bilateral "
        "cooperation, including %3."_s,
        u"The ministers noted with satisfaction the steady development of relations between %1 and "
        "%2 in recent years."_s,
        u"Special attention was given to %4, where further joint steps were outlined."_s,
        u"%7 stressed that %1 regards %2 as a reliable partner."_s,
        u"According to %8, the positions of the two countries on %3 largely coincide."_s,
        u"The parties exchanged views on current international problems and on the situation in "
        "their regions."_s,
        u"Following the talks, the ministers answered questions from journalists."_s,
        u"It was agreed to continue regular consultations at the level of deputy ministers."_s,
        u"The sides confirmed their interest in expanding trade and investment and in new "
        "projects on %4."_s,
        u"%8 invited %7 to pay a visit to %2 in %6; the invitation was accepted with "
        "gratitude."_s,
        u"The talks were held in a %9 atmosphere and were marked by mutual understanding."_s,
        u"Experts of both ministries will prepare proposals on %3 before the end of %6."_s,
        u"The ministers also discussed the preparation of events marking the anniversary of "
        "diplomatic relations."_s,
        u"Cooperation within the United Nations and other international organisations was "
        "discussed in detail."_s,
        u"The delegations included representatives of the relevant departments of both "
        "ministries."_s,
    };
    return list;
}

const QStringList &publishers()
{
    static const QStringList list = {
        u"Press service of the Ministry of Foreign Affairs of %1"_s,
        u"Ministry of Foreign Affairs of %1"_s,
        u"Interfax"_s,
        u"TASS"_s,
        u"Reuters"_s,
        u"Agence France-Presse"_s,
        u"Xinhua"_s,
        u"BelTA"_s,
    };
    return list;
}

const QStringList &tones()
{
    static const QStringList list = {u"constructive"_s, u"friendly"_s, u"businesslike"_s,
                                     u"frank"_s,        u"warm"_s,     u"tense"_s};
    return list;
}

const QStringList &summits()
{
    static const QStringList list = {u"UN General Assembly"_s,
                                     u"OSCE Ministerial Council"_s,
                                     u"G20 summit"_s,
                                     u"BRICS summit"_s,
                                     u"ASEAN Regional Forum"_s,
                                     u"CIS summit"_s,
                                     u"Munich Security Conference"_s,
                                     u"SCO summit"_s,
                                     u"APEC summit"_s,
                                     u"Council of Europe session"_s};
    return list;
}

const QStringList &placeSyllables()
{
    static const QStringList list = {u"Ar"_s,  u"Bel"_s, u"Ka"_s,  u"Dor"_s, u"Es"_s,  u"Gra"_s,
                                     u"Hal"_s, u"Is"_s,  u"Ja"_s,  u"Kor"_s, u"Li"_s,  u"Mar"_s,
                                     u"No"_s,  u"Os"_s,  u"Pe"_s,  u"Ra"_s,  u"Sa"_s,  u"Ta"_s,
                                     u"Ul"_s,  u"Va"_s,  u"Zel"_s, u"Mi"_s,  u"Ber"_s, u"Tor"_s};
    return list;
}

const QStringList &placeEndings()
{
    static const QStringList list = {u"grad"_s, u"burg"_s, u"ville"_s, u"pol"_s, u"stan"_s, u"ia"_s,
                                     u"sk"_s,   u"ovo"_s,  u"ano"_s,   u"era"_s, u"holm"_s, u"ak"_s,
                                     u"or"_s,   u"ence"_s, u"ta"_s,    u"mund"_s};
    return list;
}

} // namespace entente::SyntheticPhrases
