#include "namemaker.h"

#include "domain/namefolding.h"

using namespace Qt::StringLiterals;

namespace entente {

namespace {

// Cyrillic given names: a stem and an ending; surnames: a stem, an optional middle syllable and
// a suffix that takes a feminine form.
const QStringList cyrillicGivenStems = {
    u"Алекс"_s, u"Бор"_s,  u"Вла"_s,  u"Вяче"_s, u"Геор"_s, u"Дмит"_s, u"Евг"_s, u"Иго"_s,
    u"Конс"_s,  u"Лео"_s,  u"Мак"_s,  u"Ники"_s, u"Оле"_s,  u"Пав"_s,  u"Ром"_s, u"Свя"_s,
    u"Сер"_s,   u"Стан"_s, u"Тимо"_s, u"Юр"_s,   u"Яро"_s,  u"Миха"_s, u"Анд"_s, u"Вик"_s};
const QStringList cyrillicMaleEndings = {u"андр"_s, u"ис"_s,   u"димир"_s, u"слав"_s,   u"гий"_s,
                                         u"рий"_s,  u"ений"_s, u"рь"_s,    u"тантин"_s, u"нид"_s,
                                         u"сим"_s,  u"ей"_s,   u"ан"_s,    u"ил"_s,     u"тор"_s};
const QStringList cyrillicFemaleEndings = {u"ина"_s, u"ана"_s, u"ия"_s,  u"лана"_s,
                                           u"ера"_s, u"ьга"_s, u"ения"_s};
const QStringList cyrillicSurnameStems = {
    u"Лав"_s, u"Мар"_s, u"Кол"_s, u"Пет"_s, u"Сид"_s, u"Мак"_s, u"Бел"_s, u"Зуб"_s,
    u"Гро"_s, u"Кра"_s, u"Лук"_s, u"Ман"_s, u"Нов"_s, u"Орл"_s, u"Рыб"_s, u"Сав"_s,
    u"Тар"_s, u"Фед"_s, u"Хар"_s, u"Чер"_s, u"Шев"_s, u"Дуб"_s, u"Кос"_s, u"Вол"_s,
    u"Гол"_s, u"Жук"_s, u"Зай"_s, u"Ков"_s, u"Мел"_s, u"Ящ"_s,  u"Юрк"_s, u"Щер"_s};
const QStringList cyrillicMiddles = {u""_s,   u""_s,   u"ро"_s, u"ны"_s, u"ле"_s,
                                     u"ви"_s, u"ча"_s, u"до"_s, u"ти"_s, u"ба"_s};
// Masculine suffix, feminine suffix.
const QList<std::pair<QString, QString>> cyrillicSuffixes = {
    {u"ов"_s, u"ова"_s},      {u"ев"_s, u"ева"_s},    {u"ин"_s, u"ина"_s},
    {u"ский"_s, u"ская"_s},   {u"енко"_s, u"енко"_s}, {u"ук"_s, u"ук"_s},
    {u"ович"_s, u"ович"_s},   {u"ян"_s, u"ян"_s},     {u"ёнок"_s, u"ёнок"_s},
    {u"швили"_s, u"швили"_s}, {u"бек"_s, u"бек"_s},   {u"аў"_s, u"ава"_s}};

const QStringList latinGivenStems = {u"An"_s, u"Ma"_s,  u"Lu"_s, u"Jo"_s, u"Pe"_s, u"Ka"_s,
                                     u"El"_s, u"Fra"_s, u"Mi"_s, u"Ro"_s, u"Sa"_s, u"Te"_s,
                                     u"Al"_s, u"Be"_s,  u"Da"_s, u"Hu"_s, u"Is"_s, u"Le"_s,
                                     u"Ni"_s, u"Ra"_s,  u"Si"_s, u"To"_s, u"Vi"_s, u"Ze"_s};
const QStringList latinMaleEndings = {u"kas"_s, u"han"_s, u"ter"_s,  u"bert"_s, u"do"_s,
                                      u"nio"_s, u"rin"_s, u"mir"_s,  u"ron"_s,  u"vin"_s,
                                      u"sef"_s, u"ko"_s,  u"rcel"_s, u"ndré"_s};
const QStringList latinFemaleEndings = {u"na"_s, u"ria"_s, u"ssa"_s,  u"lia"_s,
                                        u"la"_s, u"ise"_s, u"ncia"_s, u"rta"_s};
const QStringList latinSurnameStems = {
    u"Al"_s,  u"Ber"_s, u"Cas"_s,  u"Dal"_s, u"Es"_s,  u"Fer"_s, u"Gar"_s, u"Hol"_s,  u"In"_s,
    u"Jan"_s, u"Kel"_s, u"Lind"_s, u"Mor"_s, u"Nak"_s, u"Ol"_s,  u"Pet"_s, u"Quin"_s, u"Ros"_s,
    u"San"_s, u"Tan"_s, u"Ur"_s,   u"Van"_s, u"Wal"_s, u"Yam"_s, u"Zim"_s, u"Øst"_s};
const QStringList latinMiddles = {u""_s, u""_s, u"a"_s, u"e"_s, u"o"_s, u"i"_s, u"er"_s};
const QStringList latinSuffixes = {u"berg"_s, u"son"_s,   u"ez"_s,    u"ani"_s, u"oto"_s,
                                   u"ski"_s,  u"elli"_s,  u"ard"_s,   u"sen"_s, u"aki"_s,
                                   u"ida"_s,  u"ström"_s, u"eira"_s,  u"ou"_s,  u"ović"_s,
                                   u"ura"_s,  u"ente"_s,  u"müller"_s};

// "Викторович" from "Виктор": the patronymic of a made-up father, for the full-name alias.
QString patronymic(const QString &father, bool female)
{
    QString stem = father;
    QString suffix = female ? u"овна"_s : u"ович"_s;
    if (stem.endsWith(u'й') || stem.endsWith(u'ь')) {
        stem.chop(1);
        suffix = female ? u"евна"_s : u"евич"_s;
    } else if (stem.endsWith(u'а') || stem.endsWith(u'я') || stem.endsWith(u'о')) {
        stem.chop(1);
        suffix = female ? u"ична"_s : u"ич"_s;
    }
    return stem + suffix;
}

QString initialForm(const QString &given, const QString &surname)
{
    return given.left(1) + u". "_s + surname;
}

} // namespace

// Every draw is its own statement: the order in which operands of one expression are evaluated
// is unspecified, and the names must not depend on the compiler.
MadeName NameMaker::make(SeededRandom &random, bool cyrillic)
{
    const bool female = random.chance(250);
    MadeName name;
    if (cyrillic) {
        const QString givenStem = random.pick(cyrillicGivenStems);
        const QString givenEnding =
            random.pick(female ? cyrillicFemaleEndings : cyrillicMaleEndings);
        const QString given = givenStem + givenEnding;
        const auto &suffix = random.pick(cyrillicSuffixes);
        const QString stem = random.pick(cyrillicSurnameStems);
        const QString middle = random.pick(cyrillicMiddles);
        const QString surname = stem + middle + (female ? suffix.second : suffix.first);
        name.native = given + u' ' + surname;
        name.latin = NameFolding::toLatin(name.native);
        const QString passport = NameFolding::toLatin(name.native, NameFolding::Scheme::Passport);
        if (passport != name.latin)
            name.aliases.append(passport);
        if (random.chance(500)) {
            const QString fatherStem = random.pick(cyrillicGivenStems);
            const QString fatherEnding = random.pick(cyrillicMaleEndings);
            name.aliases.append(given + u' ' + patronymic(fatherStem + fatherEnding, female) +
                                u' ' + surname);
        }
        if (random.chance(300))
            name.aliases.append(NameFolding::toLatin(initialForm(given, surname)));
    } else {
        const QString givenStem = random.pick(latinGivenStems);
        const QString givenEnding = random.pick(female ? latinFemaleEndings : latinMaleEndings);
        const QString given = givenStem + givenEnding;
        const QString stem = random.pick(latinSurnameStems);
        const QString middle = random.pick(latinMiddles);
        const QString suffix = random.pick(latinSuffixes);
        const QString surname = stem + middle + suffix;
        // Written in Latin letters at home too: no second spelling in a native script, but the
        // Russian press spelling as an alias.
        name.latin = given + u' ' + surname;
        name.aliases.append(NameFolding::toCyrillic(name.latin));
        if (random.chance(300))
            name.aliases.append(initialForm(given, surname));
    }
    return name;
}

} // namespace entente
