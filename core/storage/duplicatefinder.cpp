#include "duplicatefinder.h"

#include "domain/duplicaterule.h"
#include "storage/catalogue.h"
#include "storage/catalogueconnection.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace entente {

Result<QList<MeetingSummary>> DuplicateFinder::probableDuplicates(const Meeting &candidate) const
{
    QList<MeetingSummary> found;
    // A sub-event is part of its meeting, never a second record of another one.
    if (candidate.parentId != 0 || !candidate.start.isValid() || candidate.parties.isEmpty())
        return found;
    const QString what =
        QCoreApplication::translate("DuplicateFinder", "Cannot look for meetings like “%1”")
            .arg(candidate.title);
    const DuplicateRule::Facts facts = DuplicateRule::of(candidate);

    // "Within a day": the other meeting's span comes within a day of the candidate's. Starts are
    // bounded on both sides so the date index serves the query; meetings longer than a month are
    // not what a press release describes twice.
    const QDate first = candidate.start.firstDay();
    const QDate last = candidate.effectiveEnd().isValid() ? candidate.effectiveEnd().lastDay()
                                                          : candidate.start.lastDay();
    SqlQuery q(CatalogueConnection::of(m_catalogue),
               u"SELECT id, title, start_date, start_precision, end_date, end_precision, place, "
               "format FROM meetings WHERE parent_id IS NULL AND start_date BETWEEN :from AND :to "
               "AND end_date >= :near AND id <> :id ORDER BY start_date, id"_s);
    q.bind(u":from"_s, first.addDays(-31).toString(Qt::ISODate))
        .bind(u":to"_s, last.addDays(1).toString(Qt::ISODate))
        .bind(u":near"_s, first.addDays(-1).toString(Qt::ISODate))
        .bind(u":id"_s, candidate.id);
    if (Status s = q.exec(what); !s)
        return s.error();
    QList<std::pair<MeetingSummary, QString>> nearby; // with its format
    while (q.next()) {
        MeetingSummary m;
        m.id = q.integer(0);
        m.title = q.text(1);
        m.start = PartialDate::fromStorage(q.text(2), q.text(3));
        m.end = PartialDate::fromStorage(q.text(4), q.text(5));
        m.place = q.text(6);
        if (m.id != candidate.parentId)
            nearby.append({m, q.text(7)});
    }
    q.finish();

    SqlQuery countries(CatalogueConnection::of(m_catalogue),
                       u"SELECT country_code FROM meeting_parties WHERE meeting_id = :id"_s);
    for (auto &[m, format] : nearby) {
        if (Status s = countries.bind(u":id"_s, m.id).exec(what); !s)
            return s.error();
        DuplicateRule::Facts theirs{m.title, m.start, m.end, m.place, format, {}};
        while (countries.next())
            theirs.parties.append(countries.text(0));
        countries.finish();
        m.duplicateReasons = DuplicateRule::compare(facts, theirs);
        if (m.duplicateReasons != 0)
            found.append(m);
    }
    return found;
}

} // namespace entente
