#include "countrynames.h"

using namespace Qt::StringLiterals;

namespace entente::test {

const NamesAndCodes &countryNamesAsSourcesWrite()
{
    static const NamesAndCodes names{
        // dotted abbreviations
        {u"U.S.S.R."_s, u"SUN"_s},
        {u"U.K."_s, u"GBR"_s},
        {u"U.S.A."_s, u"USA"_s},
        {u"U. S."_s, u"USA"_s},
        // inverted official forms
        {u"Korea, Republic of"_s, u"KOR"_s},
        {u"Korea, South"_s, u"KOR"_s},
        {u"Korea, North"_s, u"PRK"_s},
        {u"Germany, Federal Republic of"_s, u"DEU"_s},
        {u"Congo, Democratic Republic of"_s, u"COD"_s},
        {u"Congo, Republic of"_s, u"COG"_s},
        {u"Macedonia, Former Yugoslav Republic of"_s, u"MKD"_s},
        {u"Netherlands, The"_s, u"NLD"_s},
        {u"Bahamas, The"_s, u"BHS"_s},
        // typographic apostrophes and dashes
        {u"China, People’s Republic of"_s, u"CHN"_s},
        {u"China, People's Republic of"_s, u"CHN"_s},
        {u"Bosnia–Herzegovina"_s, u"BIH"_s},
        {u"Bosnia-Herzegovina"_s, u"BIH"_s},
        {u"Bosnia"_s, u"BIH"_s},
        {u"Côte d’Ivoire"_s, u"CIV"_s},
        {u"Trinidad & Tobago"_s, u"TTO"_s},
        // historical names of states that continue today
        {u"Byelorussia"_s, u"BLR"_s},
        {u"Ceylon"_s, u"LKA"_s},
        {u"Zaire"_s, u"COD"_s},
        {u"Burma"_s, u"MMR"_s},
        {u"Western Samoa"_s, u"WSM"_s},
        {u"Southern Rhodesia"_s, u"ZWE"_s},
        {u"Dahomey"_s, u"BEN"_s},
        {u"Upper Volta"_s, u"BFA"_s},
        {u"Swaziland"_s, u"SWZ"_s},
        {u"West Germany"_s, u"DEU"_s},
        // states that no longer exist keep their ISO 3166-3 codes
        {u"СССР"_s, u"SUN"_s},
        {u"ГДР"_s, u"DDR"_s},
        {u"German Democratic Republic"_s, u"DDR"_s},
        {u"Germany, East"_s, u"DDR"_s},
        {u"Czechoslovakia"_s, u"CSK"_s},
        {u"Yugoslavia"_s, u"YUG"_s},
        {u"Serbia and Montenegro"_s, u"SCG"_s},
        // special cases
        {u"Vatican City"_s, u"VAT"_s},
        {u"Republic of China"_s, u"TWN"_s},
        {u"West Bank"_s, u"PSE"_s},
        {u"Palestinian Authority"_s, u"PSE"_s},
        {u"Kosovo"_s, u"XKX"_s},
        {u"Косово"_s, u"XKX"_s},
        // Russian
        {u"Белоруссия"_s, u"BLR"_s},
        {u"ФРГ"_s, u"DEU"_s},
        {u"Великобритания"_s, u"GBR"_s},
        {u"КНР"_s, u"CHN"_s},
        {u"Киргизия"_s, u"KGZ"_s},
        {u"С.Ш.А."_s, u"USA"_s},
        // a part in brackets
        {u"United Kingdom (Wales)"_s, u"GBR"_s},
        {u"Denmark (Greenland)"_s, u"GRL"_s},
        {u"Burma (Myanmar)"_s, u"MMR"_s},
        {u"Democratic Republic of the Congo (Zaire)"_s, u"COD"_s},
        {u"Holy See (Vatican City State)"_s, u"VAT"_s},
        {u"Russia (USSR)"_s, u"RUS"_s},
        {u"(Scotland)"_s, u"GBR"_s},
    };
    return names;
}

const NamesAndCodes &organisationNamesAsSourcesWrite()
{
    static const NamesAndCodes names{
        {u"EU"_s, u"EU"_s},
        {u"European Union"_s, u"EU"_s},
        {u"European Union (EU)"_s, u"EU"_s},
        {u"E.U."_s, u"EU"_s},
        {u"Евросоюз"_s, u"EU"_s},
        {u"ЕС"_s, u"EU"_s},
        {u"NATO"_s, u"NATO"_s},
        {u"North Atlantic Treaty Organisation"_s, u"NATO"_s},
        {u"НАТО"_s, u"NATO"_s},
        {u"United Nations"_s, u"UN"_s},
        {u"U.N."_s, u"UN"_s},
        {u"ООН"_s, u"UN"_s},
        {u"OSCE"_s, u"OSCE"_s},
        {u"ОБСЕ"_s, u"OSCE"_s},
        {u"CSTO"_s, u"CSTO"_s},
        {u"ОДКБ"_s, u"CSTO"_s},
        {u"Eurasian Economic Union"_s, u"EAEU"_s},
        {u"ЕАЭС"_s, u"EAEU"_s},
        {u"CIS"_s, u"CIS"_s},
        {u"СНГ"_s, u"CIS"_s},
        {u"Shanghai Cooperation Organization"_s, u"SCO"_s},
        {u"ШОС"_s, u"SCO"_s},
        {u"BRICS"_s, u"BRICS"_s},
        {u"БРИКС"_s, u"BRICS"_s},
        {u"ASEAN"_s, u"ASEAN"_s},
        {u"АСЕАН"_s, u"ASEAN"_s},
        {u"African Union"_s, u"AU"_s},
        {u"AU"_s, u"AU"_s},
        {u"Organization of American States"_s, u"OAS"_s},
        {u"OAS"_s, u"OAS"_s},
        {u"League of Arab States"_s, u"AL"_s},
        {u"Arab League"_s, u"AL"_s},
        {u"ЛАГ"_s, u"AL"_s},
        {u"Organisation of Islamic Cooperation"_s, u"OIC"_s},
        {u"OIC"_s, u"OIC"_s},
        {u"Council of Europe"_s, u"CoE"_s},
        {u"CoE"_s, u"CoE"_s},
        {u"Совет Европы"_s, u"CoE"_s},
    };
    return names;
}

} // namespace entente::test
