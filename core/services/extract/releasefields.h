#pragma once

#include <QList>
#include <QString>

#include <utility>

namespace entente {

class ReleaseContext;

// The meeting's own fields, each read by a general rule from the lead sentence first (see
// docs/press-releases.md): which sentence leads, the tense and status, the format, the place and
// the parties with their roles.
namespace ReleaseFields {

// The lead: the first body sentence with a format word, else the first body sentence.
void findLead(ReleaseContext &context);
// Tense of the lead (the earliest tense marker in it), and postponed or cancelled when a sentence
// about the meeting says so. Sets context.tense; the status is final once the date is known.
void findTense(ReleaseContext &context);
void findStatus(ReleaseContext &context);
// Returns false when no sentence has a format word ("talks" is then only a default).
bool findFormat(ReleaseContext &context);
void findPlace(ReleaseContext &context);
// Parties from the key people's countries, the countries named next to a format word in the lead
// or the headline, the place's country and, when only one party is known, the publisher's.
void findParties(ReleaseContext &context,
                 const QList<std::pair<QString, qsizetype>> &keyPeopleCountries);
// The publisher line and the country of its ministry.
void findPublisher(ReleaseContext &context);

} // namespace ReleaseFields

} // namespace entente
