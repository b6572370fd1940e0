#include "fulltextrebuild.h"

#include "domain/meeting.h"
#include "storage/fulltext.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>
#include <QHash>

#include <map>

using namespace Qt::StringLiterals;

namespace entente {

namespace {

constexpr int batchSize = 1000;

// Runs `sql` over the meetings with ids from :first to :last and hands each row to `row`.
template<typename F>
Status forEachRow(const QSqlDatabase &db, const QString &sql, qint64 first, qint64 last,
                  const QString &what, F &&row)
{
    SqlQuery q(db, sql);
    q.bind(u":first"_s, first).bind(u":last"_s, last);
    if (Status s = q.exec(what); !s)
        return s;
    while (q.next())
        row(q);
    return q.rowsEnded(what);
}

} // namespace

Status FullTextRebuild::fill(const QString &table, const Progress &progress)
{
    const QString what = QCoreApplication::translate(
        "FullTextRebuild", "Cannot rebuild the full-text index of the catalogue");

    QHash<qint64, std::pair<QString, QString>> names;
    {
        SqlQuery people(m_db, u"SELECT id, name_latin, name_native FROM persons"_s);
        if (Status s = people.exec(what); !s)
            return s;
        while (people.next())
            names.insert(people.integer(0), {people.text(1), people.text(2)});
        if (Status s = people.rowsEnded(what); !s)
            return s;
    }
    SqlQuery count(m_db, u"SELECT count(*) FROM meetings"_s);
    auto total = count.scalar(what);
    if (!total)
        return total.error();
    count.finish();

    QString insertSql = u"INSERT INTO "_s + table + u" (rowid"_s;
    QString values = u") VALUES (?"_s;
    for (const QString &column : FullTextRow::columns()) {
        insertSql += u", "_s + column;
        values += u", ?"_s;
    }
    SqlQuery insert(m_db, insertSql + values + u')');

    qint64 done = 0;
    qint64 after = 0;
    for (;;) {
        std::map<qint64, Meeting> batch;
        if (Status s = forEachRow(m_db,
                                  u"SELECT id, title, summary, tone, place FROM meetings WHERE id "
                                  "> :first ORDER BY id LIMIT :last"_s,
                                  after, batchSize, what,
                                  [&batch](const SqlQuery &q) {
                                      Meeting &m = batch[q.integer(0)];
                                      m.title = q.text(1);
                                      m.summary = q.text(2);
                                      m.tone = q.text(3);
                                      m.place = q.text(4);
                                  });
            !s)
            return s;
        if (batch.empty())
            break;
        const qint64 first = batch.begin()->first;
        const qint64 last = batch.rbegin()->first;
        const auto meeting = [&batch](const SqlQuery &q) -> Meeting * {
            const auto it = batch.find(q.integer(0));
            return it == batch.end() ? nullptr : &it->second;
        };

        // Members in the order MeetingReader gives them: by party, delegation, member.
        qint64 delegation = -1;
        Status s = forEachRow(
            m_db,
            u"SELECT d.meeting_id, d.id, dm.person_id, dm.position FROM delegations d JOIN "
            "delegation_members dm ON dm.delegation_id = d.id JOIN meeting_parties mp ON "
            "mp.meeting_id = d.meeting_id AND mp.country_code = d.country_code WHERE d.meeting_id "
            "BETWEEN :first AND :last ORDER BY d.meeting_id, mp.sort_order, d.id, dm.sort_order, "
            "dm.id"_s,
            first, last, what, [&](const SqlQuery &q) {
                Meeting *m = meeting(q);
                if (!m)
                    return;
                if (q.integer(1) != delegation || m->delegations.isEmpty()) {
                    delegation = q.integer(1);
                    m->delegations.append(Delegation{});
                }
                DelegationMember member;
                member.personId = q.integer(2);
                member.position = q.text(3);
                m->delegations.last().members.append(member);
            });
        if (!s)
            return s;
        s = forEachRow(m_db,
                       u"SELECT mt.meeting_id, t.name FROM meeting_topics mt JOIN topics t ON t.id "
                       "= mt.topic_id WHERE mt.meeting_id BETWEEN :first AND :last ORDER BY "
                       "mt.meeting_id, mt.sort_order, t.id"_s,
                       first, last, what, [&](const SqlQuery &q) {
                           if (Meeting *m = meeting(q)) {
                               TopicRef topic;
                               topic.name = q.text(1);
                               m->topics.append(topic);
                           }
                       });
        if (!s)
            return s;
        s = forEachRow(m_db,
                       u"SELECT meeting_id, title FROM documents WHERE meeting_id BETWEEN :first "
                       "AND :last ORDER BY meeting_id, sort_order, id"_s,
                       first, last, what, [&](const SqlQuery &q) {
                           if (Meeting *m = meeting(q)) {
                               OutcomeDocument document;
                               document.title = q.text(1);
                               m->documents.append(document);
                           }
                       });
        if (!s)
            return s;
        s = forEachRow(m_db,
                       u"SELECT meeting_id, publisher, title, body FROM sources WHERE meeting_id "
                       "BETWEEN :first AND :last ORDER BY meeting_id, sort_order, id"_s,
                       first, last, what, [&](const SqlQuery &q) {
                           if (Meeting *m = meeting(q)) {
                               Source source;
                               source.publisher = q.text(1);
                               source.title = q.text(2);
                               source.text = q.text(3);
                               m->sources.append(source);
                           }
                       });
        if (!s)
            return s;

        const auto lookup = [&names](qint64 person) {
            const auto it = names.constFind(person);
            return it == names.cend() ? std::optional<std::pair<QString, QString>>()
                                      : std::optional(*it);
        };
        for (const auto &[id, m] : batch) {
            const FullTextRow row = FullTextRow::of(m, lookup);
            insert.bind(0, id)
                .bind(1, row.title)
                .bind(2, row.summary)
                .bind(3, row.body)
                .bind(4, row.titleKeys)
                .bind(5, row.summaryKeys)
                .bind(6, row.bodyKeys);
            if (Status st = insert.exec(what); !st)
                return st;
        }
        done += qint64(batch.size());
        after = last;
        if (progress)
            progress(done, total->toLongLong());
    }
    return {};
}

} // namespace entente
