#pragma once

#include "domain/error.h"

#include <QStringList>

namespace entente {

class Catalogue;

// What the search bar offers to complete a field's value with: names as they are written in the
// catalogue, read once when a catalogue is opened.
struct SearchSuggestions
{
    QStringList people;        // Latin and native names and aliases
    QStringList countries;     // English and Russian names
    QStringList organisations; // codes, English and Russian names
    QStringList topics;
    QStringList formats; // vocabulary codes
    QStringList documentKinds;
    QStringList documentActions;
    QStringList posts;  // position titles
    QStringList places; // of the newest meetings
    QStringList years;  // from the newest meeting's year back to the oldest's

    // At most `limit` people, topics and posts (those with the most meetings first would cost a
    // scan; the first by name is enough for completion).
    static Result<SearchSuggestions> load(const Catalogue &catalogue, int limit = 20000);
};

} // namespace entente
