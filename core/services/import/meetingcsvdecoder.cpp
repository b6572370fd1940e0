#include "meetingcsvdecoder.h"

#include "domain/namefolding.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace entente {

namespace {

// Several values in one cell: "; " as the export writes it, or a bare ";" as people type it.
QStringList split(const QString &cell)
{
    QStringList parts;
    for (const QString &part : cell.split(u';')) {
        if (const QString p = part.trimmed(); !p.isEmpty())
            parts.append(p);
    }
    return parts;
}

// "Name (post)" -> {"Name", "post"}; the post is the last bracketed part.
std::pair<QString, QString> nameAndNote(const QString &text)
{
    const QString t = text.trimmed();
    if (t.endsWith(u')')) {
        int depth = 0;
        for (qsizetype i = t.size() - 1; i >= 0; --i) {
            if (t.at(i) == u')')
                ++depth;
            else if (t.at(i) == u'(' && --depth == 0)
                return {t.left(i).trimmed(), t.mid(i + 1, t.size() - i - 2).trimmed()};
        }
    }
    return {t, {}};
}

bool hasCyrillic(const QString &text)
{
    for (const QChar c : text) {
        if (c.script() == QChar::Script_Cyrillic)
            return true;
    }
    return false;
}

std::optional<PartyRole> roleFromWord(const QString &word)
{
    const QString w = NameFolding::fold(word);
    if (const auto role = roleFromCode(w))
        return role;
    if (w.startsWith(u"хозя"_s) || w.startsWith(u"принима"_s))
        return PartyRole::Host;
    if (w.startsWith(u"гост"_s))
        return PartyRole::Guest;
    if (w.startsWith(u"участ"_s))
        return PartyRole::Participant;
    return std::nullopt;
}

std::optional<MeetingStatus> statusFromWord(const QString &word)
{
    const QString w = NameFolding::fold(word);
    if (const auto status = statusFromCode(w))
        return status;
    static const QList<std::pair<QString, MeetingStatus>> russian = {
        {u"заплан"_s, MeetingStatus::Planned},    {u"состоял"_s, MeetingStatus::Held},
        {u"проведен"_s, MeetingStatus::Held},     {u"отлож"_s, MeetingStatus::Postponed},
        {u"перенес"_s, MeetingStatus::Postponed}, {u"отмен"_s, MeetingStatus::Cancelled}};
    for (const auto &[stem, status] : russian) {
        if (w.startsWith(stem))
            return status;
    }
    return std::nullopt;
}

} // namespace

MeetingCsvDecoder::MeetingCsvDecoder(CsvColumns columns)
    : m_columns(std::move(columns))
    , m_dates(QLocale::c())
{}

QString MeetingCsvDecoder::cell(const CsvReader::Record &record, const QString &field) const
{
    const qsizetype column = m_columns.column(field);
    if (column < 0 || column >= record.fields.size())
        return {};
    QString value = record.fields.at(column);
    // The export's guard against spreadsheet formulas: "'=…" stands for "=…".
    static const QString guarded = u"=+-@\t\r"_s;
    if (value.size() > 1 && value.at(0) == u'\'' && guarded.contains(value.at(1)))
        value.remove(0, 1);
    return value.trimmed();
}

PartialDate MeetingCsvDecoder::date(const QString &text, const QString &field,
                                    ImportRecord &out) const
{
    if (text.isEmpty())
        return {};
    QString why;
    const PartialDate d = m_dates.parse(text, &why);
    if (d.isNull() || !why.isEmpty())
        out.problems.append(
            {m_line, field, why.isEmpty() ? tr("“%1” is not a date").arg(text) : why});
    return d;
}

qint64 MeetingCsvDecoder::number(const QString &text, const QString &field, ImportRecord &out) const
{
    if (text.isEmpty())
        return 0;
    bool ok = false;
    const qint64 n = text.toLongLong(&ok);
    if (!ok || n < 1) {
        out.problems.append({m_line, field, tr("“%1” is not a positive whole number").arg(text)});
        return 0;
    }
    return n;
}

void MeetingCsvDecoder::parties(const QString &text, ImportRecord &out) const
{
    for (const QString &item : split(text)) {
        const auto [country, role] = nameAndNote(item);
        Party party{country, PartyRole::Participant};
        if (const auto r = roleFromWord(role); r)
            party.role = *r;
        else if (!role.isEmpty())
            // Not a role, so part of the name: "United Kingdom (Wales)", "Denmark (Greenland)".
            party.country = item.trimmed();
        out.meeting.parties.append(party);
    }
}

qint64 MeetingCsvDecoder::personId(const QString &name, ImportRecord &out)
{
    const QString key = NameFolding::matchKey(name);
    qint64 id = m_people.value(key);
    if (id == 0) {
        id = m_people.size() + 1;
        m_people.insert(key, id);
    }
    if (!out.mentioned.contains(id)) {
        Person person;
        (hasCyrillic(name) ? person.nameNative : person.nameLatin) = name;
        out.mentioned.insert(id, person);
    }
    return id;
}

void MeetingCsvDecoder::delegates(const QString &text, bool heads, ImportRecord &out)
{
    const QString field = heads ? u"heads_of_delegation"_s : u"delegation_members"_s;
    const QStringList items = split(text);
    for (qsizetype i = 0; i < items.size(); ++i) {
        QString item = items.at(i);
        QString country;
        // "RUS: Sergey Lavrov (…)"; without a country, heads follow the order of the parties.
        if (const qsizetype colon = item.indexOf(u':'); colon > 0 && colon < 40) {
            country = item.left(colon).trimmed();
            item = item.mid(colon + 1);
        } else if (heads && i < out.meeting.parties.size()) {
            country = out.meeting.parties.at(i).country;
        } else {
            out.problems.append(
                {m_line, field,
                 tr("“%1”: say which country's delegation, as “RUS: Name”").arg(items.at(i))});
            continue;
        }
        const auto [name, position] = nameAndNote(item);
        if (name.isEmpty()) {
            out.problems.append({m_line, field, tr("“%1” names nobody").arg(items.at(i))});
            continue;
        }
        Delegation *delegation = nullptr;
        for (Delegation &d : out.meeting.delegations) {
            if (d.country == country)
                delegation = &d;
        }
        if (!delegation) {
            out.meeting.delegations.append({country, {}});
            delegation = &out.meeting.delegations.last();
        }
        DelegationMember member;
        member.personId = personId(name, out);
        member.position = position;
        member.head = heads;
        if (heads)
            delegation->members.prepend(member);
        else
            delegation->members.append(member);
    }
}

void MeetingCsvDecoder::documents(const QString &text, ImportRecord &out) const
{
    static const QRegularExpression facts(u"^(.*)\\[([^\\[\\]]*)\\]$"_s);
    for (const QString &item : split(text)) {
        const QRegularExpressionMatch match = facts.match(item);
        if (!match.hasMatch()) {
            out.problems.append(
                {m_line, u"documents"_s,
                 tr("“%1”: give its kind and action, as “Title [plan, signed]”").arg(item)});
            continue;
        }
        OutcomeDocument d;
        d.title = match.captured(1).trimmed();
        const QStringList parts = match.captured(2).split(u',');
        d.kind = NameFolding::fold(parts.value(0)).simplified().replace(u' ', u'_');
        d.action = NameFolding::fold(parts.value(1)).simplified().replace(u' ', u'_');
        for (qsizetype i = 2; i < parts.size(); ++i) {
            const QString part = parts.at(i).trimmed();
            if (part.startsWith(u"period"_s)) {
                const QString span = part.mid(6).trimmed();
                d.periodStart = date(span.section(u'/', 0, 0), u"documents"_s, out);
                d.periodEnd = date(span.section(u'/', 1), u"documents"_s, out);
            } else {
                d.date = date(part, u"documents"_s, out);
            }
        }
        for (const Party &p : std::as_const(out.meeting.parties))
            d.parties.append(p.country);
        out.meeting.documents.append(d);
    }
}

void MeetingCsvDecoder::sources(const QString &text, ImportRecord &out) const
{
    for (const QString &item : split(text)) {
        Source s;
        QStringList rest;
        for (const QString &raw : item.split(u", "_s)) {
            const QString part = raw.trimmed();
            if (part.startsWith(u"http://"_s) || part.startsWith(u"https://"_s))
                s.url = part;
            else if (const PartialDate d = PartialDate::fromIso(part);
                     d.isValid() && s.published.isNull())
                s.published = d;
            else
                rest.append(part);
        }
        // The export writes the publisher first; a lone part is a title.
        if (rest.size() > 1)
            s.publisher = rest.takeFirst();
        s.title = rest.join(u", "_s);
        out.meeting.sources.append(s);
    }
}

ImportRecord MeetingCsvDecoder::decode(const CsvReader::Record &record)
{
    m_line = record.line;
    ImportRecord out;
    out.line = record.line;
    Meeting &m = out.meeting;
    // Without an id column a row's line identifies it: unique within the file.
    m.id =
        m_columns.column(u"id"_s) >= 0 ? number(cell(record, u"id"_s), u"id"_s, out) : record.line;
    m.parentId = number(cell(record, u"parent_id"_s), u"parent_id"_s, out);
    m.title = cell(record, u"title"_s);
    const QString single = cell(record, u"date"_s);
    m.start = date(single.isEmpty() ? cell(record, u"start_date"_s) : single,
                   single.isEmpty() ? u"start_date"_s : u"date"_s, out);
    m.end = date(cell(record, u"end_date"_s), u"end_date"_s, out);
    if (m.end == m.start)
        m.end = {};
    m.place = cell(record, u"place"_s);
    m.placeCountry = cell(record, u"country"_s);
    if (const QString format = cell(record, u"format"_s); !format.isEmpty())
        m.format = NameFolding::fold(format).simplified().replace(u' ', u'_');
    if (const QString status = cell(record, u"status"_s); !status.isEmpty()) {
        if (const auto s = statusFromWord(status))
            m.status = *s;
        else
            out.problems.append(
                {m_line, u"status"_s,
                 tr("“%1” is not a status (planned, held, postponed, cancelled)").arg(status)});
    }
    parties(cell(record, u"parties"_s), out);
    delegates(cell(record, u"heads_of_delegation"_s), true, out);
    delegates(cell(record, u"delegation_members"_s), false, out);
    for (const QString &topic : split(cell(record, u"topics"_s))) {
        m.topics.append({0, topic});
        out.topicPaths.append({topic});
    }
    documents(cell(record, u"documents"_s), out);
    m.tone = cell(record, u"tone"_s);
    m.summary = cell(record, u"summary"_s);
    sources(cell(record, u"sources"_s), out);
    for (const auto &[field, into] :
         {std::pair{u"created_at"_s, &m.createdAt}, std::pair{u"updated_at"_s, &m.updatedAt}}) {
        const QString stamp = cell(record, field);
        if (stamp.isEmpty())
            continue;
        *into = QDateTime::fromString(stamp, Qt::ISODateWithMs);
        if (!into->isValid())
            out.problems.append(
                {m_line, field, tr("“%1” is not a timestamp (ISO 8601)").arg(stamp)});
    }
    return out;
}

} // namespace entente
