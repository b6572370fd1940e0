#pragma once

#include "domain/error.h"
#include "domain/person.h"
#include "extract/personfinder.h"

#include <QDate>
#include <QList>
#include <QStringList>

#include <optional>

namespace entente {

class ReleaseCatalogue;
class ReleaseContext;

// The people of a release, matched against the catalogue: each named person found by name (any
// script, any case of a Russian name) and checked against their position history on the
// meeting's day; a post with no name ("the Foreign Minister of India") filled in with whoever
// held it that day. Named people the catalogue does not know are proposed as new people.
class ReleasePeople
{
public:
    struct Resolved
    {
        PersonMention mention;        // the best mention: named, with a title
        std::optional<Person> person; // from the catalogue; empty for a new person
        QString country;
        QString title;
        int rank = 0;
        double confidence = 0.0;
        QString note;
        bool key = false; // named in the lead sentence, the headline or a sentence with a format
    };

    ReleasePeople(ReleaseContext &context, const ReleaseCatalogue &catalogue);

    // Finds and matches everyone. Only a catalogue failure is an error.
    Status find();
    const QList<Resolved> &people() const { return m_people; }
    // Countries of the key people, in the order they are named, each with its sentence.
    QList<std::pair<QString, qsizetype>> keyCountries() const;
    // Puts everyone into the delegations of the meeting's parties (the highest-ranked person of
    // each heading it), proposes the new people, and records the evidence.
    void placeInDelegations();

private:
    Result<std::optional<Person>> lookUp(const PersonMention &mention, double *confidence,
                                         QString *note) const;
    bool samePerson(const Resolved &a, const Resolved &b) const;
    void merge(Resolved resolved);
    QString positionText(const Resolved &r) const;

    ReleaseContext &m_context;
    const ReleaseCatalogue &m_catalogue;
    QDate m_day; // the meeting's first day, for position histories
    QList<Resolved> m_people;
    QList<PersonMention> m_unnamedPosts;
};

} // namespace entente
