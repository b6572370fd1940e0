#include "meetingdetailpane.h"

#include "matchedtext.h"
#include "sectionlist.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace entente {

namespace {

QLabel *wrappingLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText); // user text is never markup
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

QLabel *sectionHeading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setContentsMargins(0, 8, 0, 2);
    return label;
}

QString periodText(const OutcomeDocument &d, const QLocale &locale)
{
    if (d.periodStart.isNull() && d.periodEnd.isNull())
        return {};
    if (d.periodEnd.isNull() || d.periodEnd == d.periodStart)
        return d.periodStart.toDisplayString(locale);
    return d.periodStart.toDisplayString(locale) % u"–"_s % d.periodEnd.toDisplayString(locale);
}

} // namespace

MeetingDetailPane::MeetingDetailPane(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
{
    auto *placeholder = new QLabel(tr("Select a meeting to see its details."), this);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setEnabled(false);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    m_title = wrappingLabel(content);
    m_title->setObjectName(u"meetingTitle"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_headline = wrappingLabel(content);
    m_headline->setObjectName(u"meetingHeadline"_s);
    m_parties = wrappingLabel(content);
    m_parties->setObjectName(u"parties"_s);

    m_delegations = new SectionList(content);
    m_delegations->setObjectName(u"delegations"_s);
    m_delegations->setAccessibleName(tr("Delegations"));
    m_topics = wrappingLabel(content);
    m_topics->setObjectName(u"topics"_s);
    m_documents = new SectionList(content);
    m_documents->setObjectName(u"documents"_s);
    m_documents->setAccessibleName(tr("Outcome documents"));
    m_subEvents = new QListWidget(content);
    m_subEvents->setObjectName(u"subEvents"_s);
    m_subEvents->setAccessibleName(tr("Sub-events"));
    m_subEvents->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_subEvents->setMaximumHeight(90);
    m_subEvents->setWordWrap(true);
    m_subEvents->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_tone = wrappingLabel(content);
    m_tone->setObjectName(u"tone"_s);
    m_summary = wrappingLabel(content);
    m_summary->setObjectName(u"summary"_s);
    m_sources = wrappingLabel(content);
    m_sources->setObjectName(u"sources"_s);

    layout->addWidget(m_title);
    layout->addWidget(m_headline);
    layout->addWidget(m_parties);
    layout->addWidget(sectionHeading(tr("Delegations"), content));
    layout->addWidget(m_delegations);
    layout->addWidget(sectionHeading(tr("Topics"), content));
    layout->addWidget(m_topics);
    layout->addWidget(sectionHeading(tr("Outcome documents"), content));
    layout->addWidget(m_documents);
    layout->addWidget(sectionHeading(tr("Sub-events"), content));
    layout->addWidget(m_subEvents);
    layout->addWidget(sectionHeading(tr("Tone"), content));
    layout->addWidget(m_tone);
    layout->addWidget(sectionHeading(tr("Summary"), content));
    layout->addWidget(m_summary);
    layout->addWidget(sectionHeading(tr("Sources"), content));
    layout->addWidget(m_sources);
    layout->addStretch();

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_stack->addWidget(placeholder);
    m_stack->addWidget(scroll);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    connect(m_subEvents, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (const qint64 id = item->data(Qt::UserRole).toLongLong(); id > 0)
            Q_EMIT meetingActivated(id);
    });
}

void MeetingDetailPane::clear()
{
    m_stack->setCurrentIndex(0);
    m_shown.reset();
}

void MeetingDetailPane::setMatchedWords(const MatchedWords &words)
{
    m_matched = words;
    if (m_shown)
        showMeeting(Meeting(*m_shown));
}

void MeetingDetailPane::setUserText(QLabel *label, const QString &text) const
{
    showMatchedText(label, text, m_matched);
}

QString MeetingDetailPane::headline(const Meeting &meeting) const
{
    QStringList parts;
    parts.append(displaySpan(meeting.start, meeting.effectiveEnd(), locale()));
    QString place = meeting.place;
    if (!meeting.placeCountry.isEmpty())
        place = place.isEmpty() ? m_labels.country(meeting.placeCountry)
                                : place % u", "_s % m_labels.country(meeting.placeCountry);
    if (!place.isEmpty())
        parts.append(place);
    parts.append(m_labels.format(meeting.format));
    parts.append(statusLabel(meeting.status));
    return parts.join(u"  ·  "_s);
}

void MeetingDetailPane::showMeeting(const Meeting &meeting)
{
    m_shown = meeting;
    setUserText(m_title, meeting.title);
    m_headline->setText(headline(meeting));
    QStringList parties;
    for (const Party &p : meeting.parties)
        parties.append(tr("%1 (%2)").arg(m_labels.country(p.country), roleLabel(p.role).toLower()));
    m_parties->setText(tr("Parties: %1").arg(parties.join(u", "_s)));

    fillDelegations(meeting);
    QStringList topics;
    for (const TopicRef &t : meeting.topics)
        topics.append(t.name);
    setUserText(m_topics, topics.isEmpty() ? tr("None recorded") : topics.join(u"  ·  "_s));
    fillDocuments(meeting);
    fillSubEvents(meeting);
    setUserText(m_tone, meeting.tone.isEmpty() ? tr("Not recorded") : meeting.tone);
    setUserText(m_summary, meeting.summary.isEmpty() ? tr("No summary") : meeting.summary);

    QStringList sources;
    for (const Source &s : meeting.sources) {
        QStringList line;
        for (const QString &part :
             {s.publisher, s.title, s.published.toDisplayString(locale()), s.url})
            if (!part.isEmpty())
                line.append(part);
        sources.append(line.join(u", "_s));
        if (!s.text.isEmpty())
            sources.append(s.text);
    }
    setUserText(m_sources, sources.isEmpty() ? tr("None recorded") : sources.join(u"\n\n"_s));
    m_stack->setCurrentIndex(1);
}

void MeetingDetailPane::fillDelegations(const Meeting &meeting)
{
    m_delegations->clear();
    m_delegations->setMatchedWords(m_matched);
    for (const Delegation &d : meeting.delegations) {
        const Party *party = meeting.party(d.country);
        m_delegations->addHeading(
            party ? tr("%1 (%2)").arg(m_labels.country(d.country), roleLabel(party->role).toLower())
                  : m_labels.country(d.country));
        for (const DelegationMember &m : d.members) {
            QString name = m.displayName();
            if (!m.nameNative.isEmpty() && m.nameNative != name)
                name = tr("%1 (%2)").arg(name, m.nameNative);
            m_delegations->addEntry(m.head ? tr("%1 — head of delegation").arg(name) : name,
                                    m.position.isEmpty() ? QStringList() : QStringList{m.position});
        }
    }
    if (meeting.delegations.isEmpty())
        m_delegations->addEntry(tr("None recorded"));
}

void MeetingDetailPane::fillDocuments(const Meeting &meeting)
{
    m_documents->clear();
    m_documents->setMatchedWords(m_matched);
    // Titles of outcome documents run long: each wraps on its own, then what was done with it
    // and the period it covers, then its links to other documents.
    for (const OutcomeDocument &d : meeting.documents) {
        QStringList facts = {m_labels.documentKind(d.kind), m_labels.documentAction(d.action)};
        if (d.date.isValid())
            facts.append(d.date.toDisplayString(locale()));
        if (const QString period = periodText(d, locale()); !period.isEmpty())
            facts.append(tr("period %1").arg(period));
        QStringList details = {facts.join(u"  ·  "_s)};
        for (const DocumentLink &l : d.links)
            details.append(tr("%1 “%2”").arg(relationLabel(l.relation), l.targetTitle));
        m_documents->addEntry(d.title, details);
    }
    if (meeting.documents.isEmpty())
        m_documents->addEntry(tr("None recorded"));
}

void MeetingDetailPane::fillSubEvents(const Meeting &meeting)
{
    m_subEvents->clear();
    if (meeting.parentId != 0) {
        auto *up = new QListWidgetItem(
            tr("↑ Part of meeting %1 (double-click to open)").arg(meeting.parentId), m_subEvents);
        up->setData(Qt::UserRole, meeting.parentId);
    }
    for (const SubEventRef &e : meeting.subEvents) {
        auto *item = new QListWidgetItem(
            tr("%1 — %2").arg(e.start.toDisplayString(locale()), e.title), m_subEvents);
        item->setData(Qt::UserRole, e.id);
    }
    if (m_subEvents->count() == 0)
        new QListWidgetItem(tr("None"), m_subEvents);
}

} // namespace entente
