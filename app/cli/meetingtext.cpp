#include "meetingtext.h"

#include "cli/clitr.h"
#include "cli/tableprinter.h"

using namespace Qt::StringLiterals;

namespace entente::cli::MeetingText {

namespace {

QString isoSpan(const PartialDate &start, const PartialDate &end)
{
    if (!start.isValid())
        return {};
    if (!end.isValid() || end == start)
        return start.toIso();
    return start.toIso() + u'/' + end.toIso();
}

// "Moscow, RUS"
QString placeText(const Meeting &meeting)
{
    if (meeting.placeCountry.isEmpty() || meeting.place.isEmpty())
        return meeting.place + meeting.placeCountry;
    return meeting.place + u", "_s + meeting.placeCountry;
}

QStringList heads(const Meeting &meeting)
{
    QStringList names;
    for (const Delegation &delegation : meeting.delegations) {
        if (const DelegationMember *head = delegation.head())
            names.append(head->displayName());
    }
    return names;
}

QString memberText(const DelegationMember &member)
{
    QString text = member.displayName();
    if (!member.position.isEmpty())
        text += u", "_s + member.position;
    return member.head ? Cli::tr("%1 (head)").arg(text) : text;
}

QString documentText(const OutcomeDocument &document)
{
    QStringList facts = {document.kind};
    if (!document.action.isEmpty())
        facts.append(document.date.isValid() ? document.action + u' ' + document.date.toIso()
                                             : document.action);
    if (document.periodStart.isValid())
        facts.append(Cli::tr("period %1").arg(isoSpan(document.periodStart, document.periodEnd)));
    if (!document.parties.isEmpty())
        facts.append(document.parties.join(u", "_s));
    return document.title + u" ("_s + facts.join(u"; "_s) + u')';
}

QString sourceText(const Source &source)
{
    QStringList parts;
    for (const QString &part :
         {source.publisher, source.title,
          source.published.isValid() ? source.published.toIso() : QString(), source.url}) {
        if (!part.isEmpty())
            parts.append(part);
    }
    return parts.join(u" — "_s);
}

// A label on the first line of a multi-line value, blanks under it on the others.
void addLines(TablePrinter &table, const QString &label, const QStringList &lines)
{
    for (qsizetype i = 0; i < lines.size(); ++i)
        table.addRow({i == 0 ? label : QString(), lines.at(i)});
}

void addLine(TablePrinter &table, const QString &label, const QString &value)
{
    if (!value.isEmpty())
        table.addRow({label, value});
}

} // namespace

QString dateSpan(const Meeting &meeting)
{
    return isoSpan(meeting.start, meeting.end);
}

QStringList listHeader()
{
    return {Cli::tr("ID"),    Cli::tr("Date"),    Cli::tr("Title"),
            Cli::tr("Place"), Cli::tr("Parties"), Cli::tr("Heads of delegation")};
}

QStringList listRow(const Meeting &meeting)
{
    QStringList countries;
    for (const Party &party : meeting.parties)
        countries.append(party.country);
    // Sub-events follow their meeting in date order; the mark shows which they belong to.
    const QString title = meeting.parentId ? u"↳ "_s + meeting.title : meeting.title;
    return {QString::number(meeting.id), dateSpan(meeting),       title,
            placeText(meeting),          countries.join(u", "_s), heads(meeting).join(u", "_s)};
}

QString details(const Meeting &meeting)
{
    TablePrinter table;
    table.addRow({Cli::tr("ID"), QString::number(meeting.id)});
    if (meeting.parentId)
        table.addRow({Cli::tr("Part of"), Cli::tr("meeting %1").arg(meeting.parentId)});
    table.addRow({Cli::tr("Title"), meeting.title});
    table.addRow({Cli::tr("Date"), dateSpan(meeting)});
    addLine(table, Cli::tr("Place"), placeText(meeting));
    table.addRow({Cli::tr("Format"), meeting.format});
    table.addRow({Cli::tr("Status"), statusCode(meeting.status)});

    QStringList parties;
    for (const Party &party : meeting.parties)
        parties.append(party.country + u" ("_s + roleCode(party.role) + u')');
    addLine(table, Cli::tr("Parties"), parties.join(u", "_s));
    for (const Delegation &delegation : meeting.delegations) {
        QStringList members;
        for (const DelegationMember &member : delegation.members)
            members.append(memberText(member));
        addLines(table, Cli::tr("Delegation %1").arg(delegation.country), members);
    }
    QStringList topics;
    for (const TopicRef &topic : meeting.topics)
        topics.append(topic.name);
    addLines(table, Cli::tr("Topics"), topics);
    QStringList documents;
    for (const OutcomeDocument &document : meeting.documents)
        documents.append(documentText(document));
    addLines(table, Cli::tr("Documents"), documents);
    addLine(table, Cli::tr("Tone"), meeting.tone);
    addLine(table, Cli::tr("Summary"), meeting.summary);
    QStringList sources;
    for (const Source &source : meeting.sources)
        sources.append(sourceText(source));
    addLines(table, Cli::tr("Sources"), sources);
    QStringList subEvents;
    for (const SubEventRef &event : meeting.subEvents)
        subEvents.append(
            u"%1  %2  %3"_s.arg(QString::number(event.id), event.start.toIso(), event.title));
    addLines(table, Cli::tr("Sub-events"), subEvents);
    return table.toString();
}

} // namespace entente::cli::MeetingText
