#pragma once

#include "domain/error.h"
#include "domain/meetingsummary.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace entente {

class Catalogue;

// One line of a list of people: names, country and how many meetings they took part in.
struct PersonSummary
{
    qint64 id = 0;
    QString nameLatin;
    QString nameNative;
    QString country; // ISO alpha-3
    int meetings = 0;

    QString displayName() const { return nameLatin.isEmpty() ? nameNative : nameLatin; }
};

// The read side of people for the editors: lists, completion while typing, and a person's
// meetings. Writes stay in PersonRepository.
class PersonDirectory
{
    Q_DECLARE_TR_FUNCTIONS(PersonDirectory)

public:
    explicit PersonDirectory(const Catalogue &catalogue)
        : m_catalogue(catalogue)
    {}

    // Everybody, in id order (views sort for the reader's locale).
    Result<QList<PersonSummary>> all() const;
    // People any of whose names start like `text`: every word but the last must be a whole word
    // of a name, the last the beginning of one, in either script ("lavr", "Лавр", "s lavr").
    Result<QList<PersonSummary>> complete(const QString &text, int limit = 20) const;
    // The meetings the person was in a delegation of, in date order, with the post they held.
    Result<QList<MeetingSummary>> meetingsOf(qint64 personId) const;

private:
    Result<QList<PersonSummary>> summaries(const QList<qint64> &ids) const;
    const Catalogue &m_catalogue;
};

} // namespace entente
