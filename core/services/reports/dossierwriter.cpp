#include "dossierwriter.h"

#include "reports/pagecanvas.h"

#include <QCoreApplication>
#include <QPainter>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace entente {

namespace {

// Characters of a title set as the dossier's heading: a few lines of its large type.
constexpr qsizetype headingLimit = 300;

const QString separator = u"  ·  "_s;

} // namespace

DossierWriter::DossierWriter(PageCanvas &canvas, const DisplayLabels &labels, const QLocale &locale)
    : m_canvas(canvas)
    , m_labels(labels)
    , m_locale(locale)
{}

void DossierWriter::write(const Meeting &meeting, const QList<Meeting> &subEventList,
                          const QString &parentTitle)
{
    m_canvas.newPage();
    titleBlock(meeting, parentTitle);
    facts(meeting, parentTitle);
    delegations(meeting);
    topics(meeting);
    documents(meeting);
    subEvents(subEventList);
    summary(meeting);
    sources(meeting);
    record(meeting);
}

QString DossierWriter::dateText(const PartialDate &date) const
{
    return date.isNull() ? QString() : date.toDisplayString(m_locale);
}

QString DossierWriter::placeText(const Meeting &meeting) const
{
    QStringList parts;
    if (!meeting.place.isEmpty())
        parts.append(meeting.place);
    if (!meeting.placeCountry.isEmpty())
        parts.append(m_labels.country(meeting.placeCountry));
    return parts.join(u", "_s);
}

QString DossierWriter::partyText(const Meeting &meeting, const QString &country) const
{
    const Party *party = meeting.party(country);
    const QString name = m_labels.country(country);
    return party ? tr("%1, %2").arg(name, roleLabel(party->role).toLower()) : name;
}

QString DossierWriter::personName(const DelegationMember &member) const
{
    if (!member.nameLatin.isEmpty() && !member.nameNative.isEmpty() &&
        member.nameLatin != member.nameNative)
        return tr("%1 (%2)").arg(member.nameLatin, member.nameNative);
    return member.displayName();
}

void DossierWriter::titleBlock(const Meeting &meeting, const QString &parentTitle)
{
    const ReportStyle &style = m_canvas.style();
    const QString kicker = parentTitle.isEmpty() ? tr("MEETING DOSSIER") : tr("SUB-EVENT DOSSIER");
    QFont kickerFont = style.label;
    kickerFont.setBold(true);
    m_canvas.paragraph(kicker + separator + tr("Record %1").arg(meeting.id), kickerFont,
                       style.accent);
    m_canvas.space(4);
    // A heading within one page; a longer title follows whole in the body's type.
    m_canvas.paragraph(clippedText(meeting.title, headingLimit), style.title, style.ink);
    m_canvas.space(3);
    if (meeting.title.size() > headingLimit) {
        m_canvas.paragraph(meeting.title, style.body, style.ink);
        m_canvas.space(3);
    }
    QStringList line;
    line.append(displaySpan(meeting.start, meeting.end, m_locale));
    if (const QString place = placeText(meeting); !place.isEmpty())
        line.append(place);
    line.append(m_labels.format(meeting.format));
    m_canvas.paragraph(line.join(separator), style.subtitle, style.muted);
    m_canvas.space(8);
    m_canvas.rule(style.accent, 1.2);
    m_canvas.space(10);
}

void DossierWriter::facts(const Meeting &meeting, const QString &parentTitle)
{
    const qreal labelWidth = m_canvas.pt(96);
    QString date = displaySpan(meeting.start, meeting.end, m_locale);
    if (meeting.start.precision() != DatePrecision::Day)
        date +=
            tr(" (known to the %1)")
                .arg(meeting.start.precision() == DatePrecision::Month ? tr("month") : tr("year"));
    m_canvas.labelValue(tr("Date"), date, labelWidth);
    m_canvas.labelValue(tr("Place"), placeText(meeting), labelWidth);
    m_canvas.labelValue(tr("Format"), m_labels.format(meeting.format), labelWidth);
    m_canvas.labelValue(tr("Status"), statusLabel(meeting.status), labelWidth);
    QStringList parties;
    for (const Party &p : meeting.parties)
        parties.append(partyText(meeting, p.country));
    m_canvas.labelValue(tr("Parties"), parties.join(u"; "_s), labelWidth);
    m_canvas.labelValue(tr("Tone"), meeting.tone.isEmpty() ? tr("Not recorded") : meeting.tone,
                        labelWidth);
    if (!parentTitle.isEmpty())
        m_canvas.labelValue(tr("Part of"), parentTitle, labelWidth);
}

void DossierWriter::member(const DelegationMember &member, const QString &note, qreal indent)
{
    const ReportStyle &style = m_canvas.style();
    const WrappedText name =
        m_canvas.wrap(personName(member), style.bodyBold, m_canvas.width() - indent);
    QStringList facts;
    if (!note.isEmpty())
        facts.append(note);
    if (!member.position.isEmpty())
        facts.append(member.position);
    if (member.head)
        facts.append(tr("head of delegation"));
    const WrappedText details =
        m_canvas.wrap(facts.join(separator), style.label, m_canvas.width() - indent);
    // A name never parts from its post.
    m_canvas.ensureSpace(name.height() + details.heightOf(std::min(2, details.lineCount())));
    m_canvas.flow(name, style.ink, indent);
    m_canvas.flow(details, style.muted, indent);
    m_canvas.advance(m_canvas.pt(3));
}

void DossierWriter::delegations(const Meeting &meeting)
{
    const ReportStyle &style = m_canvas.style();
    const qreal lineHeight = m_canvas.wrap(u"X"_s, style.body, m_canvas.width()).lineHeight();
    m_canvas.heading(tr("Delegations"), 3 * lineHeight);
    if (meeting.delegations.isEmpty()) {
        m_canvas.paragraph(tr("No delegations recorded."), style.body, style.muted);
        return;
    }
    const qreal indent = m_canvas.pt(12);
    for (const Delegation &d : meeting.delegations) {
        m_canvas.space(4);
        m_canvas.ensureSpace(4 * lineHeight);
        m_canvas.paragraph(partyText(meeting, d.country), style.subheading, style.accent);
        m_canvas.space(3);
        if (d.members.isEmpty())
            m_canvas.paragraph(tr("No members recorded."), style.body, style.muted, indent);
        for (const DelegationMember &m : d.members)
            member(m, QString(), indent);
    }
}

void DossierWriter::topics(const Meeting &meeting)
{
    const ReportStyle &style = m_canvas.style();
    const qreal lineHeight = m_canvas.wrap(u"X"_s, style.body, m_canvas.width()).lineHeight();
    m_canvas.heading(tr("Topics"), 2 * lineHeight);
    if (meeting.topics.isEmpty()) {
        m_canvas.paragraph(tr("No topics recorded."), style.body, style.muted);
        return;
    }
    for (const TopicRef &topic : meeting.topics)
        m_canvas.paragraph(u"•  "_s + topic.name, style.body, style.ink, m_canvas.pt(4));
}

void DossierWriter::documents(const Meeting &meeting)
{
    const ReportStyle &style = m_canvas.style();
    const qreal lineHeight = m_canvas.wrap(u"X"_s, style.body, m_canvas.width()).lineHeight();
    m_canvas.heading(tr("Outcome documents"), 3 * lineHeight);
    if (meeting.documents.isEmpty()) {
        m_canvas.paragraph(tr("No outcome documents recorded."), style.body, style.muted);
        return;
    }
    const qreal indent = m_canvas.pt(16);
    int number = 0;
    for (const OutcomeDocument &d : meeting.documents) {
        ++number;
        m_canvas.space(3);
        m_canvas.ensureSpace(3 * lineHeight);
        if (QPainter *p = m_canvas.painter()) {
            p->setPen(style.muted);
            p->setFont(style.bodyBold);
            const WrappedText n =
                m_canvas.wrap(QString::number(number) + u'.', style.bodyBold, indent);
            n.draw(p, QPointF(m_canvas.left(), m_canvas.y()));
        }
        m_canvas.paragraph(d.title, style.bodyBold, style.ink, indent);
        QStringList facts;
        facts.append(m_labels.documentKind(d.kind));
        QString action = m_labels.documentAction(d.action);
        if (!d.date.isNull())
            action = tr("%1 on %2").arg(action, dateText(d.date));
        facts.append(action);
        if (!d.periodStart.isNull() || !d.periodEnd.isNull()) {
            const PartialDate end = d.periodEnd.isNull() ? d.periodStart : d.periodEnd;
            facts.append(tr("covers %1").arg(displaySpan(d.periodStart, end, m_locale)));
        }
        if (!d.parties.isEmpty()) {
            QStringList names;
            for (const QString &c : d.parties)
                names.append(m_labels.country(c));
            facts.append(tr("parties: %1").arg(names.join(u", "_s)));
        }
        m_canvas.paragraph(facts.join(separator), style.label, style.muted, indent);
        for (const DocumentLink &link : d.links) {
            m_canvas.paragraph(tr("%1 “%2”").arg(relationLabel(link.relation), link.targetTitle),
                               style.label, style.accent, indent);
        }
    }
}

qreal DossierWriter::subEventHeight(const Meeting &sub, qreal indent) const
{
    const ReportStyle &style = m_canvas.style();
    const qreal width = m_canvas.width() - indent;
    qreal height = m_canvas.wrap(sub.title, style.bodyBold, m_canvas.width()).height() +
                   m_canvas.wrap(u"X"_s, style.label, width).height();
    for (const Delegation &d : sub.delegations) {
        for (const DelegationMember &m : d.members)
            height += m_canvas.wrap(personName(m), style.bodyBold, width).height() +
                      m_canvas.wrap(m.position, style.label, width).height() + m_canvas.pt(3);
    }
    return height + m_canvas.wrap(sub.summary, style.body, width).height();
}

void DossierWriter::subEvents(const QList<Meeting> &list)
{
    if (list.isEmpty())
        return;
    const ReportStyle &style = m_canvas.style();
    const qreal lineHeight = m_canvas.wrap(u"X"_s, style.body, m_canvas.width()).lineHeight();
    const qreal indent = m_canvas.pt(12);
    // A short sub-event stays on one page; a long one at least starts with a few lines.
    const auto keep = [&](const Meeting &sub) {
        const qreal height = subEventHeight(sub, indent);
        return height < m_canvas.body().height() / 3 ? height : 4 * lineHeight;
    };
    // The heading goes with the first sub-event, never alone at the foot of a page.
    m_canvas.heading(tr("Sub-events"), keep(list.first()));
    bool first = true;
    for (const Meeting &sub : list) {
        if (!first)
            m_canvas.space(12);
        first = false;
        m_canvas.ensureSpace(keep(sub));
        m_canvas.paragraph(sub.title, style.bodyBold, style.ink);
        QStringList facts;
        facts.append(displaySpan(sub.start, sub.end, m_locale));
        if (const QString place = placeText(sub); !place.isEmpty())
            facts.append(place);
        facts.append(m_labels.format(sub.format));
        facts.append(statusLabel(sub.status));
        facts.append(tr("record %1").arg(sub.id));
        m_canvas.paragraph(facts.join(separator), style.label, style.muted);
        m_canvas.space(3);
        for (const Delegation &d : sub.delegations) {
            for (const DelegationMember &m : d.members)
                member(m, m_labels.country(d.country), indent);
        }
        if (!sub.summary.isEmpty())
            m_canvas.paragraph(sub.summary, style.body, style.ink, indent);
    }
}

void DossierWriter::summary(const Meeting &meeting)
{
    const ReportStyle &style = m_canvas.style();
    const qreal lineHeight = m_canvas.wrap(u"X"_s, style.body, m_canvas.width()).lineHeight();
    m_canvas.heading(tr("Summary"), 3 * lineHeight);
    if (meeting.summary.isEmpty()) {
        m_canvas.paragraph(tr("No summary recorded."), style.body, style.muted);
        return;
    }
    // Paragraphs as the analyst wrote them, a little apart.
    const QStringList paragraphs = meeting.summary.split(u'\n');
    for (const QString &paragraph : paragraphs) {
        if (paragraph.trimmed().isEmpty())
            continue;
        m_canvas.paragraph(paragraph, style.body, style.ink);
        m_canvas.space(4);
    }
}

void DossierWriter::sources(const Meeting &meeting)
{
    const ReportStyle &style = m_canvas.style();
    const qreal lineHeight = m_canvas.wrap(u"X"_s, style.body, m_canvas.width()).lineHeight();
    m_canvas.heading(tr("Sources"), 3 * lineHeight);
    if (meeting.sources.isEmpty()) {
        m_canvas.paragraph(tr("No sources recorded."), style.body, style.muted);
        return;
    }
    const qreal indent = m_canvas.pt(16);
    int number = 0;
    for (const Source &s : meeting.sources) {
        ++number;
        m_canvas.space(3);
        m_canvas.ensureSpace(3 * lineHeight);
        QStringList citation;
        if (!s.publisher.isEmpty())
            citation.append(s.publisher);
        if (!s.title.isEmpty())
            citation.append(u"“"_s + s.title + u"”"_s);
        if (!s.published.isNull())
            citation.append(dateText(s.published));
        if (QPainter *p = m_canvas.painter()) {
            p->setPen(style.muted);
            m_canvas.wrap(QString::number(number) + u'.', style.body, indent)
                .draw(p, QPointF(m_canvas.left(), m_canvas.y()));
        }
        m_canvas.paragraph(citation.join(u", "_s), style.body, style.ink, indent);
        if (!s.url.isEmpty())
            m_canvas.paragraph(s.url, style.small, style.accent, indent);
        if (!s.text.isEmpty()) {
            m_canvas.space(2);
            m_canvas.paragraph(s.text, style.small, style.muted, indent);
        }
    }
}

void DossierWriter::record(const Meeting &meeting)
{
    const ReportStyle &style = m_canvas.style();
    m_canvas.space(16);
    m_canvas.ensureSpace(m_canvas.pt(14));
    m_canvas.rule(style.lightRule, 0.5);
    m_canvas.space(3);
    const auto stamp = [&](const QDateTime &t) {
        return displayMoment(t, m_locale);
    };
    m_canvas.paragraph(tr("Catalogue record %1, version %2; created %3, last changed %4.")
                           .arg(meeting.id)
                           .arg(meeting.version)
                           .arg(stamp(meeting.createdAt), stamp(meeting.updatedAt)),
                       style.small, style.muted);
}

} // namespace entente
