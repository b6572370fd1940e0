#pragma once

#include "domain/partialdate.h"
#include "domain/validation.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace entente {

// A post a person held: "Minister of Foreign Affairs" of a country's ministry, from–to (an open
// end means the term goes on).
struct Position
{
    qint64 id = 0;
    QString title;
    QString organisation;
    QString country; // a country's ISO alpha-3 or an organisation's code; may be empty
    PartialDate from;
    PartialDate to;

    bool covers(QDate day) const;
    FieldProblems validate() const;
    friend bool operator==(const Position &, const Position &) = default;
};

struct Person
{
    Q_DECLARE_TR_FUNCTIONS(Person)

public:
    qint64 id = 0;
    QString nameLatin;   // "Sergey Lavrov"
    QString nameNative;  // "Сергей Лавров"
    QStringList aliases; // other spellings: "Sergei Lavrov", "Мартынаў"
    QString country;     // ISO alpha-3, or an organisation's code for its officials
    QList<Position> positions;
    int version = 0;

    // The name to show first: Latin when known, else the native one.
    QString displayName() const { return nameLatin.isEmpty() ? nameNative : nameLatin; }
    // The keys the catalogue finds this person by: one per word of every name (Latin, native,
    // aliases), folded and transliterated (NameFolding::matchKey), sorted, each once. Every path
    // that stores a person stores these.
    QStringList matchKeys() const;
    // The position this person held on that day, or nullptr.
    const Position *positionOn(QDate day) const;
    FieldProblems validate() const;
};

} // namespace entente
