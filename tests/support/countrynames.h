#pragma once

#include <QList>
#include <QString>

#include <utility>

namespace entente::test {

// Countries and organisations as other people's spreadsheets and press releases write them, each
// with the code it must read as: the resolver's tests and the importer's spreadsheet share them.
using NamesAndCodes = QList<std::pair<QString, QString>>;

// Dotted abbreviations, inverted official forms, typographic apostrophes and dashes, historical
// and colloquial names in English and Russian, states that no longer exist, parts in brackets.
const NamesAndCodes &countryNamesAsSourcesWrite();
// International organisations by code, name, Russian name and abbreviation.
const NamesAndCodes &organisationNamesAsSourcesWrite();

} // namespace entente::test
