#include "personrepository.h"

#include "domain/namefolding.h"
#include "storage/catalogue.h"
#include "storage/catalogueconnection.h"
#include "storage/sqlquery.h"
#include "storage/sqlvalues.h"
#include "storage/timestamps.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;
using namespace entente::sqlvalues;

namespace entente {

Result<qint64> PersonRepository::create(const Person &person)
{
    const QString what = tr("Cannot save the person “%1”").arg(person.displayName());
    if (const FieldProblems problems = person.validate(); !problems.isEmpty())
        return validationError(what, problems);

    const QSqlDatabase db = CatalogueConnection::of(m_catalogue);
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    const QString now = timestampNow();
    SqlQuery insert(db,
                    u"INSERT INTO persons (name_latin, name_native, country_code, created_at, "
                    "updated_at) VALUES (:latin, :native, :country, :now, :now) RETURNING id"_s);
    insert.bind(u":latin"_s, person.nameLatin.trimmed())
        .bind(u":native"_s, person.nameNative.trimmed())
        .bind(u":country"_s, nullIfEmpty(person.country))
        .bind(u":now"_s, now);
    auto id = insert.scalar(what);
    if (!id)
        return id.error();
    if (Status s = writeDetails(id->toLongLong(), person); !s)
        return s.error();
    if (Status s = transaction->commit(); !s)
        return s.error();
    return id->toLongLong();
}

Status PersonRepository::update(const Person &person)
{
    const QString what = tr("Cannot save the person “%1”").arg(person.displayName());
    if (const FieldProblems problems = person.validate(); !problems.isEmpty())
        return validationError(what, problems);

    const QSqlDatabase db = CatalogueConnection::of(m_catalogue);
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    SqlQuery update(db, u"UPDATE persons SET name_latin = :latin, name_native = :native, "
                        "country_code = :country, updated_at = :now, version = version + 1 "
                        "WHERE id = :id AND version = :version RETURNING version"_s);
    update.bind(u":latin"_s, person.nameLatin.trimmed())
        .bind(u":native"_s, person.nameNative.trimmed())
        .bind(u":country"_s, nullIfEmpty(person.country))
        .bind(u":now"_s, timestampNow())
        .bind(u":id"_s, person.id)
        .bind(u":version"_s, person.version);
    if (Status s = update.exec(what); !s)
        return s;
    if (!update.next())
        return Error{
            Error::Kind::Conflict,
            tr("“%1” was changed or deleted by someone else since it was opened; reload it "
               "to see their changes")
                .arg(person.displayName()),
            {}};
    update.finish();
    for (const QString &table : {u"person_aliases"_s, u"positions"_s, u"person_name_keys"_s}) {
        SqlQuery clear(db, u"DELETE FROM "_s % table % u" WHERE person_id = :id"_s);
        if (Status s = clear.bind(u":id"_s, person.id).exec(what); !s)
            return s;
    }
    if (Status s = writeDetails(person.id, person); !s)
        return s;
    return transaction->commit();
}

Status PersonRepository::remove(qint64 id)
{
    const QSqlDatabase db = CatalogueConnection::of(m_catalogue);
    auto person = get(id);
    if (!person)
        return person.error();
    const QString what = tr("Cannot delete “%1”").arg(person->displayName());
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    SqlQuery meetings(db, u"SELECT DISTINCT m.title, m.start_date FROM delegation_members dm "
                          "JOIN delegations d ON d.id = dm.delegation_id JOIN meetings m ON m.id = "
                          "d.meeting_id WHERE dm.person_id = :id ORDER BY m.start_date, m.id"_s);
    if (Status s = meetings.bind(u":id"_s, id).exec(what); !s)
        return s;
    QStringList titles;
    int count = 0;
    while (meetings.next()) {
        if (++count <= 5)
            titles.append(tr("“%1” (%2)").arg(meetings.text(0), meetings.text(1)));
    }
    meetings.finish();
    if (count > 0) {
        if (count > titles.size())
            titles.append(QCoreApplication::translate("PersonRepository", "and %n more", nullptr,
                                                      count - int(titles.size())));
        return Error::invalid(
            what % u": "_s %
            tr("they are in the delegations of %1. Remove them from those delegations first, or "
               "merge this record into another one.")
                .arg(titles.join(u", "_s)));
    }
    SqlQuery remove(db, u"DELETE FROM persons WHERE id = :id RETURNING id"_s);
    if (Status s = remove.bind(u":id"_s, id).exec(what); !s)
        return s;
    if (!remove.next())
        return Error::notFound(tr("There is no person %1 in the catalogue").arg(id));
    remove.finish();
    return transaction->commit();
}

Status PersonRepository::restore(const Person &person)
{
    const QString what = tr("Cannot restore the person “%1”").arg(person.displayName());
    if (person.id <= 0)
        return Error::invalid(what);
    if (const FieldProblems problems = person.validate(); !problems.isEmpty())
        return validationError(what, problems);
    const QSqlDatabase db = CatalogueConnection::of(m_catalogue);
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    const QString now = timestampNow();
    SqlQuery insert(db, u"INSERT INTO persons (id, name_latin, name_native, country_code, version, "
                        "created_at, updated_at) VALUES (:id, :latin, :native, :country, "
                        ":version, :now, :now)"_s);
    insert.bind(u":id"_s, person.id)
        .bind(u":latin"_s, person.nameLatin.trimmed())
        .bind(u":native"_s, person.nameNative.trimmed())
        .bind(u":country"_s, person.country.isEmpty() ? QVariant() : QVariant(person.country))
        .bind(u":version"_s, std::max(person.version, 1))
        .bind(u":now"_s, now);
    if (Status s = insert.exec(what); !s)
        return s;
    if (Status s = writeDetails(person.id, person); !s)
        return s;
    return transaction->commit();
}

Status PersonRepository::writeDetails(qint64 id, const Person &person)
{
    const QSqlDatabase db = CatalogueConnection::of(m_catalogue);
    const QString what = tr("Cannot save the person “%1”").arg(person.displayName());

    SqlQuery alias(db, u"INSERT INTO person_aliases (person_id, alias, sort_order) "
                       "VALUES (:id, :alias, :order)"_s);
    for (qsizetype i = 0; i < person.aliases.size(); ++i) {
        alias.bind(u":id"_s, id)
            .bind(u":alias"_s, person.aliases.at(i).trimmed())
            .bind(u":order"_s, i);
        if (Status s = alias.exec(what); !s)
            return s;
    }

    SqlQuery position(db, u"INSERT INTO positions (person_id, title, organisation, country_code, "
                          "start_date, start_precision, end_date, end_precision) VALUES (:id, "
                          ":title, :org, :country, :start, :startp, :end, :endp)"_s);
    for (const Position &p : person.positions) {
        position.bind(u":id"_s, id)
            .bind(u":title"_s, p.title.trimmed())
            .bind(u":org"_s, p.organisation.trimmed())
            .bind(u":country"_s, nullIfEmpty(p.country))
            .bind(u":start"_s, firstDayOrNull(p.from))
            .bind(u":startp"_s, precisionOrNull(p.from))
            .bind(u":end"_s, lastDayOrNull(p.to))
            .bind(u":endp"_s, precisionOrNull(p.to));
        if (Status s = position.exec(what); !s)
            return s;
    }

    SqlQuery key(db, u"INSERT INTO person_name_keys (match_key, person_id) VALUES (:key, :id)"_s);
    for (const QString &k : person.matchKeys()) {
        if (Status s = key.bind(u":key"_s, k).bind(u":id"_s, id).exec(what); !s)
            return s;
    }
    return {};
}

Result<Person> PersonRepository::get(qint64 id) const
{
    const QSqlDatabase db = CatalogueConnection::of(m_catalogue);
    const QString what = tr("Cannot read person %1").arg(id);
    SqlQuery q(db, u"SELECT name_latin, name_native, ifnull(country_code, ''), version "
                   "FROM persons WHERE id = :id"_s);
    if (Status s = q.bind(u":id"_s, id).exec(what); !s)
        return s.error();
    if (!q.next())
        return Error::notFound(tr("There is no person %1 in the catalogue").arg(id));
    Person person;
    person.id = id;
    person.nameLatin = q.text(0);
    person.nameNative = q.text(1);
    person.country = q.text(2);
    person.version = int(q.integer(3));
    q.finish();

    SqlQuery aliases(db, u"SELECT alias FROM person_aliases WHERE person_id = :id "
                         "ORDER BY sort_order, id"_s);
    if (Status s = aliases.bind(u":id"_s, id).exec(what); !s)
        return s.error();
    while (aliases.next())
        person.aliases.append(aliases.text(0));
    aliases.finish();

    SqlQuery positions(db, u"SELECT id, title, organisation, ifnull(country_code, ''), "
                           "ifnull(start_date, ''), ifnull(start_precision, ''), "
                           "ifnull(end_date, ''), ifnull(end_precision, '') FROM positions "
                           "WHERE person_id = :id ORDER BY start_date, id"_s);
    if (Status s = positions.bind(u":id"_s, id).exec(what); !s)
        return s.error();
    while (positions.next()) {
        Position p;
        p.id = positions.integer(0);
        p.title = positions.text(1);
        p.organisation = positions.text(2);
        p.country = positions.text(3);
        p.from = PartialDate::fromStorage(positions.text(4), positions.text(5));
        p.to = PartialDate::fromStorage(positions.text(6), positions.text(7));
        person.positions.append(p);
    }
    return person;
}

Result<QList<qint64>> PersonRepository::findByName(const QString &name) const
{
    const QStringList words = NameFolding::matchWords(name);
    if (words.isEmpty())
        return QList<qint64>();
    // Every word must be a key of the person: one bound parameter per word, intersected.
    QStringList parts;
    for (qsizetype i = 0; i < words.size(); ++i)
        parts.append(u"SELECT person_id FROM person_name_keys WHERE match_key = :k%1"_s.arg(i));
    SqlQuery q(CatalogueConnection::of(m_catalogue),
               parts.join(u" INTERSECT "_s) % u" ORDER BY 1"_s);
    for (qsizetype i = 0; i < words.size(); ++i)
        q.bind(u":k%1"_s.arg(i), words.at(i));
    if (Status s = q.exec(tr("Cannot look up “%1”").arg(name)); !s)
        return s.error();
    QList<qint64> ids;
    while (q.next())
        ids.append(q.integer(0));
    return ids;
}

Result<QList<qint64>> PersonRepository::holdersOf(const QString &title, const QString &country,
                                                  QDate day) const
{
    SqlQuery q(CatalogueConnection::of(m_catalogue),
               u"SELECT DISTINCT person_id FROM positions WHERE title = :title COLLATE NOCASE "
               "AND (:country = '' OR country_code = :country) "
               "AND (start_date IS NULL OR start_date <= :day) "
               "AND (end_date IS NULL OR end_date >= :day) ORDER BY person_id"_s);
    q.bind(u":title"_s, title)
        .bind(u":country"_s, country)
        .bind(u":day"_s, day.toString(Qt::ISODate));
    if (Status s = q.exec(tr("Cannot look up who held “%1”").arg(title)); !s)
        return s.error();
    QList<qint64> ids;
    while (q.next())
        ids.append(q.integer(0));
    return ids;
}

} // namespace entente
