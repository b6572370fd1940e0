#pragma once

#include <QString>
#include <QStringList>

namespace entente {

// Just enough Russian declension for a press release: the case forms of place names (в Москве,
// Республики Беларусь, Российской Федерацией) and the nominative of a person's name met in
// another case (с С.Н.Мартыновым → С.Н.Мартынов). Rules by ending, no dictionary; a name
// that ends in '!' is indeclinable (Сочи!). Forms are folded (NameFolding::fold): lower case,
// ё = е, hyphens as spaces.
namespace RussianForms {

enum class Case {
    Nominative,
    Genitive,
    Dative,
    Accusative,
    Instrumental,
    Prepositional
};

// Every case form of a place name, the nominative first. In a name of several words each word is
// declined (Российская Федерация → Российской Федерации), and also only the first one
// (Республика Беларусь → Республики Беларусь); of a hyphenated word only the last part
// (Санкт-Петербург → Санкт-Петербурге).
QStringList placeForms(const QString &nominative);

// The case a title word is in, read from its ending: министром → instrumental, министра →
// genitive, главе → prepositional. Anything else is taken as nominative.
Case caseOfTitleWord(const QString &word);

// One word of a person's name, put back into the nominative from `grammaticalCase` (original
// capitalisation kept): Мартыновым → Мартынов, Сергея → Сергей, Захаровой → Захарова. Latin
// words, initials and nominatives come back unchanged.
QString nominativeOfName(const QString &word, Case grammaticalCase);

} // namespace RussianForms

} // namespace entente
