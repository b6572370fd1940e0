// BulkWriter, continued: the records themselves (people, topics, meetings), checked as the
// repositories check them, and the end of the load (commit, rollback). See bulkwriter.cpp.

#include "bulkwriter.h"
#include "domain/namefolding.h"
#include "storage/bulkinsert.h"
#include "storage/bulkloadmode.h"
#include "storage/bulkundo.h"
#include "storage/bulkwriterstate.h"
#include "storage/catalogue.h"
#include "storage/killpoint.h"
#include "storage/meetingrows.h"
#include "storage/sqlquery.h"
#include "storage/sqlvalues.h"
#include "storage/timestamps.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <deque>
#include <future>

using namespace Qt::StringLiterals;
using namespace entente::sqlvalues;
using namespace entente::BulkUndo;

namespace entente {

namespace {

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

} // namespace

Result<qint64> BulkWriter::addPerson(const Person &person)
{
    State &s = *m_state;
    const QString what = tr("Cannot save the person “%1”").arg(person.displayName());
    if (!s.begun || s.finished || !s.transaction)
        return Error{Error::Kind::Storage, what, u"addPerson() outside begin()/commit()"_s};
    if (checkCancelled())
        return cancelledError();
    if (const FieldProblems problems = person.validate(); !problems.isEmpty())
        return validationError(what, problems);
    QStringList codes = {person.country};
    for (const Position &p : person.positions)
        codes.append(p.country);
    for (const QString &code : std::as_const(codes)) {
        if (!code.isEmpty() && !s.countries.contains(code))
            return Error::invalid(what % u": "_s %
                                  tr("there is no country with the code “%1”").arg(code));
    }

    const qint64 id = s.next[PersonIds]++;
    const QString latin = person.nameLatin.trimmed();
    const QString native = person.nameNative.trimmed();
    s.persons.append({id, latin, native, nullIfEmpty(person.country), s.now, s.now});
    for (qsizetype i = 0; i < person.aliases.size(); ++i)
        s.aliases.append({s.next[AliasIds]++, id, person.aliases.at(i).trimmed(), i});
    for (const Position &p : person.positions) {
        s.positions.append({s.next[PositionIds]++, id, p.title.trimmed(), p.organisation.trimmed(),
                            nullIfEmpty(p.country), firstDayOrNull(p.from), precisionOrNull(p.from),
                            lastDayOrNull(p.to), precisionOrNull(p.to)});
    }
    // Sorted, so that the same people make the same file.
    for (const QString &key : person.matchKeys())
        s.nameKeys.append({key, id});
    s.names.insert(id, std::pair{latin, native});
    ++s.personsAdded;
    if (Status st = afterRecord(false); !st)
        return st.error();
    return id;
}

Result<qint64> BulkWriter::addTopic(const QString &name, qint64 parentId)
{
    State &s = *m_state;
    const QString what = tr("Cannot save the topic “%1”").arg(name);
    if (!s.begun || s.finished || !s.transaction)
        return Error{Error::Kind::Storage, what, u"addTopic() outside begin()/commit()"_s};
    if (name.trimmed().isEmpty())
        return Error::invalid(what % u": "_s % tr("a topic needs a name"));
    const QString folded = NameFolding::fold(name);
    if (const auto it = s.topics.constFind({parentId, folded}); it != s.topics.cend())
        return it.value();
    const qint64 id = s.next[TopicIds]++;
    s.topicRows.append({id, idOrNull(parentId), name.trimmed(), folded});
    s.topics.insert({parentId, folded}, id);
    s.batches.last().second = s.next;
    return id;
}

Result<qint64> BulkWriter::topicFor(const TopicRef &topic)
{
    if (topic.id > 0)
        return topic.id;
    // As MeetingRepository does: a topic named without an id is a top-level one, made if new.
    return addTopic(topic.name, 0);
}

Status BulkWriter::checkMeeting(const Meeting &meeting)
{
    State &s = *m_state;
    const auto what = [&meeting] {
        return tr("Cannot save the meeting “%1”").arg(meeting.title);
    };
    const auto noCountry = [&](const QString &code) {
        return Error::invalid(what() % u": "_s %
                              tr("there is no country with the code “%1”").arg(code));
    };
    for (const Party &p : meeting.parties) {
        if (!s.countries.contains(p.country))
            return noCountry(p.country);
    }
    if (!meeting.placeCountry.isEmpty() && !s.countries.contains(meeting.placeCountry))
        return noCountry(meeting.placeCountry);
    if (!s.formats.contains(meeting.format))
        return Error::invalid(what() % u": "_s %
                              tr("format: “%1” is not a known format").arg(meeting.format));
    if (meeting.parentId != 0) {
        // Meetings of this load have the ids below next; older ones are asked for.
        bool known = meeting.parentId >= s.batches.constFirst().first[MeetingIds] &&
                     meeting.parentId < s.next[MeetingIds];
        if (!known && meeting.parentId > 0) {
            SqlQuery parent(s.db, u"SELECT 1 FROM meetings WHERE id = :id"_s);
            if (Status st = parent.bind(u":id"_s, meeting.parentId).exec(what()); !st)
                return st;
            known = parent.next();
        }
        if (!known)
            return Error::invalid(
                what() % u": "_s %
                tr("parent meeting: there is no meeting %1").arg(meeting.parentId));
    }
    for (const Delegation &d : meeting.delegations) {
        for (const DelegationMember &m : d.members) {
            if (!s.names.contains(m.personId)) {
                SqlQuery person(s.db,
                                u"SELECT name_latin, name_native FROM persons WHERE id = :id"_s);
                if (Status st = person.bind(u":id"_s, m.personId).exec(what()); !st)
                    return st;
                std::optional<std::pair<QString, QString>> names;
                if (person.next())
                    names = std::pair{person.text(0), person.text(1)};
                s.names.insert(m.personId, names);
            }
            if (!s.names.value(m.personId))
                return Error::invalid(
                    what() % u": "_s %
                    tr("delegations: person %1 is not in the catalogue").arg(m.personId));
        }
    }
    for (const OutcomeDocument &d : meeting.documents) {
        if (!s.kinds.contains(d.kind) || !s.actions.contains(d.action))
            return Error::invalid(what() % u": "_s %
                                  tr("document “%1”: kind “%2” or action “%3” is not known")
                                      .arg(d.title, d.kind, d.action));
        for (const QString &c : d.parties) {
            if (!s.countries.contains(c))
                return noCountry(c);
        }
    }
    return {};
}

Result<qint64> BulkWriter::add(const Meeting &meeting)
{
    State &s = *m_state;
    // Worded only when something is wrong: a million meetings should not each pay for it.
    const auto what = [&meeting] {
        return tr("Cannot save the meeting “%1”").arg(meeting.title);
    };
    if (!s.begun || s.finished || !s.transaction)
        return Error{Error::Kind::Storage, what(), u"add() outside begin()/commit()"_s};
    if (checkCancelled())
        return cancelledError();
    if (const FieldProblems problems = meeting.validate(); !problems.isEmpty())
        return validationError(what(), problems);
    if (Status st = checkMeeting(meeting); !st)
        return st.error();

    MeetingRowsInput input;
    // Topics first: a new one is a row of its own, written before the meeting refers to it.
    for (const TopicRef &t : meeting.topics) {
        auto id = topicFor(t);
        if (!id)
            return id.error();
        input.topicIds.append(*id);
    }
    // Every id is decided here, in the order MeetingRepository would take them.
    input.id = s.next[MeetingIds]++;
    input.firstDelegation = s.next[DelegationIds];
    input.firstMember = s.next[MemberIds];
    input.firstDocument = s.next[DocumentIds];
    input.firstSource = s.next[SourceIds];
    s.next[DelegationIds] += meeting.delegations.size();
    for (const Delegation &d : meeting.delegations) {
        s.next[MemberIds] += d.members.size();
        for (const DelegationMember &m : d.members)
            input.names.append({m.personId, *s.names.value(m.personId)});
    }
    s.next[SourceIds] += meeting.sources.size();
    s.lastDocuments.clear();
    for (qsizetype i = 0; i < meeting.documents.size(); ++i)
        s.lastDocuments.append(s.next[DocumentIds]++);
    input.created =
        meeting.createdAt.isValid() ? meeting.createdAt.toUTC().toString(Qt::ISODateWithMs) : s.now;
    input.updated = meeting.updatedAt.isValid()
                        ? meeting.updatedAt.toUTC().toString(Qt::ISODateWithMs)
                        : input.created;
    input.meeting = meeting;
    s.jobs.append(std::move(input));
    ++s.meetingsAdded;
    const qint64 id = s.next[MeetingIds] - 1;
    if (Status st = afterRecord(true); !st)
        return st.error();
    return id;
}

Status BulkWriter::addVocabularyEntry(VocabularyRepository::Kind kind, const QString &code,
                                      const QString &label)
{
    State &s = *m_state;
    if (!s.begun || s.finished || !s.transaction)
        return Error{Error::Kind::Storage, tr("Cannot add “%1” to the vocabulary").arg(label),
                     u"addVocabularyEntry() outside begin()/commit()"_s};
    QSet<QString> &known = kind == VocabularyRepository::Kind::Format         ? s.formats
                           : kind == VocabularyRepository::Kind::DocumentKind ? s.kinds
                                                                              : s.actions;
    if (known.contains(code))
        return {};
    // Inside the running batch's transaction: the same connection, a savepoint of it.
    if (Status st = VocabularyRepository(m_catalogue).add(kind, code, label); !st)
        return st;
    known.insert(code);
    return {};
}

Status BulkWriter::addLinks(const QList<StoredLink> &links)
{
    State &s = *m_state;
    if (!s.begun || s.finished || !s.transaction)
        return Error{Error::Kind::Storage, tr("Cannot link the documents"),
                     u"addLinks() outside begin()/commit()"_s};
    if (links.isEmpty())
        return {};
    submitChunk();
    if (Status st = writeConverted(true); !st)
        return st;
    if (Status st = flushOwn(); !st)
        return st;
    return DocumentRepository(m_catalogue).addLinks(links);
}

QList<std::pair<BulkUndo::Marks, BulkUndo::Marks>> BulkWriter::writtenRanges() const
{
    return m_state->batches;
}

Status BulkWriter::commit()
{
    State &s = *m_state;
    if (!s.begun || s.finished)
        return Error{Error::Kind::Storage, tr("Cannot finish loading the catalogue"),
                     u"commit() outside begin()"_s};
    if (checkCancelled())
        return cancelledError();
    if (s.transaction) {
        if (Status st = finishBatch(); !st) {
            (void)undo();
            return st;
        }
    }
    const auto step = [this](int done, int total) {
        if (m_options.progress)
            m_options.progress({Phase::Indexing, done, total});
    };
    // The fault suite kills the process here, every row written and no index rebuilt yet: the
    // state a power cut or kill -9 at the end of a long load leaves.
    killIfAskedAt(u"before-indexes");
    if (Status st = s.mode->rebuildIndexes(step); !st) {
        (void)undo();
        return st;
    }
    s.finished = true;
    Status restored = s.mode->restoreSettings();
    if (m_options.progress)
        m_options.progress({Phase::Finished, s.meetingsAdded, s.meetingsAdded});
    return restored;
}

Status BulkWriter::rollback()
{
    if (!m_state->begun || m_state->finished)
        return {};
    return undo();
}

Status BulkWriter::undo()
{
    State &s = *m_state;
    s.finished = true;
    s.clearAll();
    s.transaction.reset(); // rolls back the running batch
    Status result = BulkUndo::remove(
        s.db, s.batches, tr("Cannot undo the load of the catalogue %1").arg(m_catalogue.path()));
    s.batches.clear();
    if (s.mode) {
        const auto keep = [&result](Status st) {
            if (result && !st)
                result = std::move(st);
        };
        keep(s.mode->rebuildIndexes({}));
        keep(s.mode->restoreSettings());
    }
    return result;
}

} // namespace entente
