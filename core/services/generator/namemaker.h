#pragma once

#include "generator/seededrandom.h"

#include <QString>
#include <QStringList>

namespace entente {

// Person names for the synthetic catalogue, made from syllable tables. For countries writing in
// Cyrillic the name is made in Cyrillic (the native name) and romanised with NameFolding::toLatin
// (so the two spellings agree as the matching rules expect); elsewhere it is made in Latin
// letters, which are then the only name, and a Russian press spelling
// (NameFolding::toCyrillic) becomes an alias.
struct MadeName
{
    QString latin;
    QString native;
    QStringList aliases;
};

class NameMaker
{
public:
    NameMaker() = delete;
    static MadeName make(SeededRandom &random, bool cyrillic);
};

} // namespace entente
