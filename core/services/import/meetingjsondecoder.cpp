#include "meetingjsondecoder.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace entente::MeetingJsonDecoder {

namespace {

// The translation context of this file's messages (a real one, so lupdate finds them).
struct MeetingJsonDecoder
{
    Q_DECLARE_TR_FUNCTIONS(MeetingJsonDecoder)
};

// Reads the fields of one element, noting problems against the record with the field's line.
class Reader
{
public:
    Reader(const JsonArrayStream::Element &element, ImportRecord &record)
        : m_element(element)
        , m_record(record)
    {}

    void problem(const QString &path, const QString &reason)
    {
        const QString key = path.section(u'.', -1).section(u'[', 0, 0);
        m_record.problems.append(
            {m_element.line + JsonArrayStream::lineOfKey(m_element.text, key) - 1, path, reason});
    }

    QString text(const QJsonObject &o, const QString &key, const QString &path)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isString())
            problem(path, MeetingJsonDecoder::tr("a text is expected"));
        return v.toString();
    }

    // A party or a delegation's side: {"country": "RUS"} or {"organisation": "EU"}.
    QString party(const QJsonObject &o, const QString &path)
    {
        const QString organisation = text(o, u"organisation"_s, path + u".organisation"_s);
        if (organisation.isEmpty())
            return text(o, u"country"_s, path + u".country"_s);
        if (o.contains(u"country"_s))
            problem(path, MeetingJsonDecoder::tr("a party is a country or an organisation, not "
                                                 "both"));
        return organisation;
    }

    qint64 id(const QJsonObject &o, const QString &key, const QString &path)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return 0;
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < 1 || d != static_cast<double>(static_cast<qint64>(d)) ||
            d > 9.0e15) {
            problem(path, MeetingJsonDecoder::tr("a positive whole number is expected"));
            return 0;
        }
        return static_cast<qint64>(d);
    }

    PartialDate date(const QJsonValue &v, const QString &path)
    {
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isString()) {
            problem(path,
                    MeetingJsonDecoder::tr("a date (YYYY-MM-DD, YYYY-MM or YYYY) is expected"));
            return {};
        }
        QString why;
        const auto parsed = PartialDate::parseIso(v.toString(), &why);
        if (!parsed) {
            problem(path, why);
            return {};
        }
        return *parsed;
    }

    QJsonArray array(const QJsonObject &o, const QString &key, const QString &path)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray())
            problem(path, MeetingJsonDecoder::tr("a list is expected"));
        return v.toArray();
    }

    QJsonObject object(const QJsonValue &v, const QString &path)
    {
        if (!v.isObject())
            problem(path, MeetingJsonDecoder::tr("an object is expected"));
        return v.toObject();
    }

    QStringList strings(const QJsonArray &a, const QString &path)
    {
        QStringList out;
        for (const QJsonValue &v : a) {
            if (!v.isString())
                problem(path, MeetingJsonDecoder::tr("a list of texts is expected"));
            else
                out.append(v.toString());
        }
        return out;
    }

    Person person(const QJsonObject &o, const QString &path)
    {
        Person p;
        p.nameLatin = text(o, u"name_latin"_s, path + u".name_latin"_s);
        p.nameNative = text(o, u"name_native"_s, path + u".name_native"_s);
        p.aliases = strings(array(o, u"aliases"_s, path + u".aliases"_s), path + u".aliases"_s);
        p.country = text(o, u"country"_s, path + u".country"_s);
        const QJsonArray positions = array(o, u"positions"_s, path + u".positions"_s);
        for (qsizetype i = 0; i < positions.size(); ++i) {
            const QString at = path + u".positions[%1]"_s.arg(i);
            const QJsonObject po = object(positions.at(i), at);
            Position pos;
            pos.title = text(po, u"title"_s, at + u".title"_s);
            pos.organisation = text(po, u"organisation"_s, at + u".organisation"_s);
            pos.country = text(po, u"country"_s, at + u".country"_s);
            pos.from = date(po.value(u"from"_s), at + u".from"_s);
            pos.to = date(po.value(u"to"_s), at + u".to"_s);
            p.positions.append(pos);
        }
        return p;
    }

    void member(const QJsonValue &v, bool head, Delegation &delegation, const QString &path)
    {
        const QJsonObject o = object(v, path);
        DelegationMember m;
        m.head = head;
        m.personId = id(o, u"person_id"_s, path + u".person_id"_s);
        m.position = text(o, u"position"_s, path + u".position"_s);
        if (m.personId == 0) {
            problem(path + u".person_id"_s,
                    MeetingJsonDecoder::tr("every member needs the id of a person"));
            return;
        }
        if (const QJsonValue p = o.value(u"person"_s); p.isObject()) {
            m_record.people.insert(m.personId, person(p.toObject(), path + u".person"_s));
        } else {
            // Only the names shown: enough to find or make the person when the file never
            // brings their record (the output of `list`).
            Person named;
            named.nameNative = text(o, u"name_native"_s, path + u".name_native"_s);
            const QString shown = text(o, u"name"_s, path + u".name"_s);
            if (shown != named.nameNative)
                named.nameLatin = shown;
            m_record.mentioned.insert(m.personId, named);
        }
        delegation.members.append(m);
    }

    void document(const QJsonValue &v, const QString &path)
    {
        const QJsonObject o = object(v, path);
        OutcomeDocument d;
        d.id = id(o, u"id"_s, path + u".id"_s);
        d.title = text(o, u"title"_s, path + u".title"_s);
        d.kind = text(o, u"kind"_s, path + u".kind"_s);
        d.action = text(o, u"action"_s, path + u".action"_s);
        if (const QString label = text(o, u"kind_label"_s, path); !label.isEmpty())
            m_record.kindLabels.insert(d.kind, label);
        if (const QString label = text(o, u"action_label"_s, path); !label.isEmpty())
            m_record.actionLabels.insert(d.action, label);
        d.date = date(o.value(u"date"_s), path + u".date"_s);
        if (const QJsonValue period = o.value(u"period"_s); period.isObject()) {
            d.periodStart = date(period[u"start"_s], path + u".period.start"_s);
            d.periodEnd = date(period[u"end"_s], path + u".period.end"_s);
        }
        d.parties = strings(array(o, u"parties"_s, path + u".parties"_s), path + u".parties"_s);
        const int index = static_cast<int>(m_record.meeting.documents.size());
        const QJsonArray links = array(o, u"links"_s, path + u".links"_s);
        for (qsizetype i = 0; i < links.size(); ++i) {
            const QString at = path + u".links[%1]"_s.arg(i);
            const QJsonObject lo = object(links.at(i), at);
            ImportLink link;
            link.document = index;
            const QString relation = text(lo, u"relation"_s, at + u".relation"_s);
            if (const auto r = relationFromCode(relation))
                link.relation = *r;
            else
                problem(at + u".relation"_s,
                        MeetingJsonDecoder::tr(
                            "“%1” is not a relation (develops, renews, supersedes, amends)")
                            .arg(relation));
            link.targetFileId = id(lo, u"document_id"_s, at + u".document_id"_s);
            link.targetMeetingId = id(lo, u"meeting_id"_s, at + u".meeting_id"_s);
            link.targetTitle = text(lo, u"title"_s, at + u".title"_s);
            m_record.links.append(link);
        }
        m_record.meeting.documents.append(d);
    }

    void read()
    {
        const QJsonObject &o = m_element.object;
        Meeting &m = m_record.meeting;
        m.id = id(o, u"id"_s, u"id"_s);
        m.parentId = id(o, u"parent_id"_s, u"parent_id"_s);
        m.title = text(o, u"title"_s, u"title"_s);
        m.start = date(o.value(u"start_date"_s), u"start_date"_s);
        m.end = date(o.value(u"end_date"_s), u"end_date"_s);
        if (m.end == m.start)
            m.end = {};
        m.place = text(o, u"place"_s, u"place"_s);
        m.placeCountry = text(o, u"country"_s, u"country"_s);
        if (const QString format = text(o, u"format"_s, u"format"_s); !format.isEmpty())
            m.format = format;
        if (const QString label = text(o, u"format_label"_s, u"format_label"_s); !label.isEmpty())
            m_record.formatLabels.insert(m.format, label);
        if (const QString status = text(o, u"status"_s, u"status"_s); !status.isEmpty()) {
            if (const auto s = statusFromCode(status))
                m.status = *s;
            else
                problem(u"status"_s,
                        MeetingJsonDecoder::tr(
                            "“%1” is not a status (planned, held, postponed, cancelled)")
                            .arg(status));
        }
        const QJsonArray parties = array(o, u"parties"_s, u"parties"_s);
        for (qsizetype i = 0; i < parties.size(); ++i) {
            const QString at = u"parties[%1]"_s.arg(i);
            const QJsonObject po = object(parties.at(i), at);
            Party p;
            p.country = party(po, at);
            const QString role = text(po, u"role"_s, at + u".role"_s);
            if (const auto r = roleFromCode(role))
                p.role = *r;
            else
                problem(at + u".role"_s,
                        MeetingJsonDecoder::tr("“%1” is not a role (host, guest, participant)")
                            .arg(role));
            m.parties.append(p);
        }
        const QJsonArray delegations = array(o, u"delegations"_s, u"delegations"_s);
        for (qsizetype i = 0; i < delegations.size(); ++i) {
            const QString at = u"delegations[%1]"_s.arg(i);
            const QJsonObject dobj = object(delegations.at(i), at);
            Delegation d;
            d.country = party(dobj, at);
            if (const QJsonValue head = dobj.value(u"head"_s);
                !head.isNull() && !head.isUndefined())
                member(head, true, d, at + u".head"_s);
            const QJsonArray members = array(dobj, u"members"_s, at + u".members"_s);
            for (qsizetype k = 0; k < members.size(); ++k)
                member(members.at(k), false, d, at + u".members[%1]"_s.arg(k));
            m.delegations.append(d);
        }
        const QStringList topics = strings(array(o, u"topics"_s, u"topics"_s), u"topics"_s);
        const QJsonArray paths = array(o, u"topic_paths"_s, u"topic_paths"_s);
        for (qsizetype i = 0; i < topics.size(); ++i) {
            m.topics.append({0, topics.at(i)});
            QStringList path;
            if (i < paths.size())
                path = strings(paths.at(i).toArray(), u"topic_paths"_s);
            if (path.isEmpty() || path.constLast() != topics.at(i))
                path = {topics.at(i)};
            m_record.topicPaths.append(path);
        }
        const QJsonArray documents = array(o, u"documents"_s, u"documents"_s);
        for (qsizetype i = 0; i < documents.size(); ++i)
            document(documents.at(i), u"documents[%1]"_s.arg(i));
        m.tone = text(o, u"tone"_s, u"tone"_s);
        m.summary = text(o, u"summary"_s, u"summary"_s);
        const QJsonArray sources = array(o, u"sources"_s, u"sources"_s);
        for (qsizetype i = 0; i < sources.size(); ++i) {
            const QString at = u"sources[%1]"_s.arg(i);
            const QJsonObject so = object(sources.at(i), at);
            m.sources.append({text(so, u"publisher"_s, at + u".publisher"_s),
                              text(so, u"title"_s, at + u".title"_s),
                              text(so, u"url"_s, at + u".url"_s),
                              date(so.value(u"published"_s), at + u".published"_s),
                              text(so, u"text"_s, at + u".text"_s)});
        }
        for (const auto &[key, into] :
             {std::pair{u"created_at"_s, &m.createdAt}, std::pair{u"updated_at"_s, &m.updatedAt}}) {
            const QString stamp = text(o, key, key);
            if (stamp.isEmpty())
                continue;
            *into = QDateTime::fromString(stamp, Qt::ISODateWithMs);
            if (!into->isValid())
                problem(key,
                        MeetingJsonDecoder::tr("“%1” is not a timestamp (ISO 8601)").arg(stamp));
        }
    }

private:
    const JsonArrayStream::Element &m_element;
    ImportRecord &m_record;
};

} // namespace

ImportRecord decode(const JsonArrayStream::Element &element)
{
    ImportRecord record;
    record.line = element.line;
    Reader(element, record).read();
    return record;
}

} // namespace entente::MeetingJsonDecoder
