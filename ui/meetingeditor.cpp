#include "meetingeditor.h"

#include "commands/editmeetingcommand.h"
#include "commands/undosession.h"
#include "countrycombo.h"
#include "delegationseditor.h"
#include "documentseditor.h"
#include "fieldmarks.h"
#include "messagestrip.h"
#include "models/delegationsmodel.h"
#include "models/documentsmodel.h"
#include "models/sourcesmodel.h"
#include "models/topicsmodel.h"
#include "partialdateedit.h"
#include "sourceseditor.h"
#include "storage/meetingrepository.h"
#include "topicseditor.h"

#include <QCollator>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace entente {

namespace {

QString capitalised(const QString &text)
{
    return text.isEmpty() ? text : text.at(0).toUpper() + text.mid(1);
}

QLabel *buddyLabel(const QString &text, QWidget *field, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(field);
    return label;
}

} // namespace

MeetingEditor::MeetingEditor(QWidget *parent)
    : QWidget(parent)
    , m_message(new MessageStrip(this))
    , m_title(new QLineEdit(this))
    , m_datePlace(this)
    , m_format(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_tone(new QLineEdit(this))
    , m_parent(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_delegations(new DelegationsEditor(this))
    , m_topics(new TopicsEditor(this))
    , m_documents(new DocumentsEditor(this))
    , m_summary(new QPlainTextEdit(this))
    , m_sources(new SourcesEditor(this))
    , m_subEvents(new QListWidget(this))
    , m_addSubEvent(new QPushButton(tr("Add Sub-&event…"), this))
{
    buildForm();
    connectFields();
    clear();
}

MeetingEditor::~MeetingEditor()
{
    // Children lose focus while the widget goes, and a field that loses focus finishes its
    // entry: its signals must not reach this half-destroyed object.
    for (QObject *child : findChildren<QObject *>())
        child->disconnect(this);
}

void MeetingEditor::buildForm()
{
    const QList<std::tuple<QWidget *, QString, QString>> names = {
        {m_title, u"title"_s, tr("Title")},
        {m_format, u"format"_s, tr("Format")},
        {m_status, u"status"_s, tr("Status")},
        {m_tone, u"tone"_s, tr("Tone")},
        {m_summary, u"summary"_s, tr("Summary")},
        {m_subEvents, u"subEvents"_s, tr("Sub-events")},
        {m_parent, u"parentMeeting"_s, tr("Part of meeting")}};
    for (const auto &[widget, name, accessible] : names) {
        widget->setObjectName(name);
        widget->setAccessibleName(accessible);
    }
    m_title->setPlaceholderText(tr("Title of the meeting"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_tone->setPlaceholderText(tr("e.g. friendly and constructive"));
    m_summary->setPlaceholderText(tr("What was discussed and agreed"));
    m_summary->setTabChangesFocus(true);
    m_summary->installEventFilter(this);
    for (MeetingStatus s : {MeetingStatus::Planned, MeetingStatus::Held, MeetingStatus::Postponed,
                            MeetingStatus::Cancelled})
        m_status->addItem(statusLabel(s), statusCode(s));
    m_parent->setTextFormat(Qt::RichText);
    m_parent->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_subEvents->setAlternatingRowColors(true);
    m_addSubEvent->setObjectName(u"addSubEvent"_s);
    m_addSubEvent->setIcon(QIcon::fromTheme(u"list-add"_s));

    auto *dates = new QHBoxLayout;
    dates->addWidget(m_datePlace.start(), 1);
    auto *dash = buddyLabel(tr("&to"), m_datePlace.end(), this);
    dates->addWidget(dash);
    dates->addWidget(m_datePlace.end(), 1);
    auto *kind = new QHBoxLayout;
    kind->addWidget(m_format, 3);
    kind->addWidget(buddyLabel(tr("St&atus:"), m_status, this));
    kind->addWidget(m_status, 2);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(buddyLabel(tr("&Dates:"), m_datePlace.start(), this), dates);
    form->addRow(buddyLabel(tr("&Place:"), m_datePlace.place(), this), m_datePlace.placeLayout());
    form->addRow(buddyLabel(tr("&Format:"), m_format, this), kind);
    form->addRow(buddyLabel(tr("T&one:"), m_tone, this), m_tone);
    form->addRow(tr("Part of:"), m_parent);
    m_form = form;

    auto *summaryPage = new QWidget(this);
    auto *summaryLayout = new QVBoxLayout(summaryPage);
    summaryLayout->addWidget(m_summary);
    auto *subPage = new QWidget(this);
    auto *subLayout = new QVBoxLayout(subPage);
    subLayout->addWidget(m_subEvents, 1);
    subLayout->addWidget(m_addSubEvent, 0, Qt::AlignLeft);
    const auto page = [this](QWidget *content) {
        auto *wrapper = new QWidget(this);
        auto *layout = new QVBoxLayout(wrapper);
        layout->addWidget(content);
        return wrapper;
    };
    m_tabs->setObjectName(u"meetingSections"_s);
    m_tabs->addTab(page(m_delegations), tr("Participants"));
    m_tabs->addTab(page(m_topics), tr("Topics"));
    m_tabs->addTab(page(m_documents), tr("Documents"));
    m_tabs->addTab(summaryPage, tr("Summary"));
    m_tabs->addTab(page(m_sources), tr("Sources"));
    m_tabs->addTab(subPage, tr("Sub-events"));
    m_tabs->setDocumentMode(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_message);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addWidget(m_tabs, 1);

    m_datePlace.setTabOrder(m_title, m_format);
    setTabOrder(m_format, m_status);
    setTabOrder(m_status, m_tone);
    setTabOrder(m_tone, m_tabs);
}

void MeetingEditor::connectFields()
{
    connect(m_title, &QLineEdit::editingFinished, this,
            [this] { save(m_title, [this](Meeting &m) { m.title = m_title->text().trimmed(); }); });
    connect(m_datePlace.start(), &PartialDateEdit::committed, this,
            [this] { saveDate(m_datePlace.start(), true); });
    connect(m_datePlace.end(), &PartialDateEdit::committed, this,
            [this] { saveDate(m_datePlace.end(), false); });
    connect(m_datePlace.place(), &QLineEdit::editingFinished, this, [this] {
        save(m_datePlace.place(),
             [this](Meeting &m) { m.place = m_datePlace.place()->text().trimmed(); });
    });
    connect(m_datePlace.placeCountry(), &CountryCombo::committed, this, [this] {
        if (const QString problem = m_datePlace.placeCountry()->problem(); !problem.isEmpty())
            return refuse(m_datePlace.placeCountry(),
                          {tr("Country of the place: %1").arg(problem)});
        save(m_datePlace.placeCountry(),
             [this](Meeting &m) { m.placeCountry = m_datePlace.placeCountry()->country(); });
    });
    connect(m_format, &QComboBox::activated, this, [this] {
        save(m_format, [this](Meeting &m) { m.format = m_format->currentData().toString(); });
    });
    connect(m_status, &QComboBox::activated, this, [this] {
        save(m_status, [this](Meeting &m) {
            m.status = statusFromCode(m_status->currentData().toString()).value_or(m.status);
        });
    });
    connect(m_tone, &QLineEdit::editingFinished, this,
            [this] { save(m_tone, [this](Meeting &m) { m.tone = m_tone->text().trimmed(); }); });
    connect(m_delegations, &DelegationsEditor::edited, this, [this] {
        if (save(m_delegations->view(), [this](Meeting &m) {
                m.parties = m_delegations->model()->parties();
                m.delegations = m_delegations->model()->delegations();
            }))
            m_delegations->setMeeting(m_meeting);
    });
    connect(m_topics, &TopicsEditor::edited, this, [this] {
        if (save(m_topics->field(),
                 [this](Meeting &m) { m.topics = m_topics->model()->topics(); })) {
            m_topics->setMeeting(m_meeting);
            m_topics->reloadVocabulary();
        }
    });
    connect(m_documents, &DocumentsEditor::edited, this, [this] {
        if (save(m_documents->view(),
                 [this](Meeting &m) { m.documents = m_documents->model()->documents(); }))
            m_documents->setMeeting(m_meeting); // new documents now have ids to link to
    });
    connect(m_sources, &SourcesEditor::edited, this, [this] {
        save(m_sources->view(), [this](Meeting &m) { m.sources = m_sources->model()->sources(); });
    });
    connect(m_message, &MessageStrip::actionTriggered, this, &MeetingEditor::reload);
    connect(m_parent, &QLabel::linkActivated, this,
            [this] { Q_EMIT meetingActivated(m_meeting.parentId); });
    connect(m_subEvents, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (const qint64 id = item->data(Qt::UserRole).toLongLong(); id > 0)
            Q_EMIT meetingActivated(id);
    });
    connect(m_addSubEvent, &QPushButton::clicked, this, &MeetingEditor::addSubEventRequested);
}

void MeetingEditor::setSession(UndoSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_delegations->setSession(session);
    m_documents->setSession(session);
    m_topics->setSession(session);
    if (session)
        connect(session, &UndoSession::changed, this, &MeetingEditor::onChanged);
    m_topics->reloadVocabulary();
}

void MeetingEditor::setLabels(const DisplayLabels &labels)
{
    m_labels = labels;
    m_datePlace.placeCountry()->setCountries(labels.countriesOnly());
    m_delegations->setCountryNames(labels.countries);
    m_documents->setLabels(labels.documentKinds, labels.documentActions, labels.countries);
    fillFormats(m_meeting.format);
}

void MeetingEditor::fillFormats(const QString &current)
{
    QList<std::pair<QString, QString>> formats;
    for (auto it = m_labels.formats.cbegin(); it != m_labels.formats.cend(); ++it)
        formats.append({it.value(), it.key()});
    QCollator collator(locale());
    std::sort(formats.begin(), formats.end(),
              [&](const auto &a, const auto &b) { return collator.compare(a.first, b.first) < 0; });
    const QSignalBlocker blocker(m_format);
    m_format->clear();
    for (const auto &[label, code] : formats)
        m_format->addItem(label, code);
    m_format->setCurrentIndex(m_format->findData(current));
}

void MeetingEditor::clear()
{
    m_meeting = Meeting();
    setEnabled(false);
    m_message->clear();
    for (QLineEdit *edit : {m_title, m_datePlace.place(), m_tone})
        edit->clear();
    m_datePlace.start()->setDate({});
    m_datePlace.end()->setDate({});
    m_summary->clear();
    m_subEvents->clear();
    m_parent->clear();
    m_form->setRowVisible(m_parent, false);
    m_delegations->setMeeting(m_meeting);
    m_topics->setMeeting(m_meeting);
    m_documents->setMeeting(m_meeting);
    m_sources->setMeeting(m_meeting);
}

void MeetingEditor::showMeeting(const Meeting &meeting)
{
    m_meeting = meeting;
    setEnabled(true);
    m_message->clear();
    for (QWidget *field : findChildren<QWidget *>()) {
        if (FieldMarks::isMarked(field))
            FieldMarks::clear(field);
    }
    m_title->setText(meeting.title);
    m_title->setCursorPosition(0); // a long title shows its beginning
    m_datePlace.start()->setDate(meeting.start);
    m_datePlace.end()->setDate(meeting.end == meeting.start ? PartialDate() : meeting.end);
    m_datePlace.place()->setText(meeting.place);
    m_datePlace.placeCountry()->setCountry(meeting.placeCountry);
    fillFormats(meeting.format);
    m_status->setCurrentIndex(m_status->findData(statusCode(meeting.status)));
    m_tone->setText(meeting.tone);
    m_summary->setPlainText(meeting.summary);
    m_form->setRowVisible(m_parent, meeting.parentId != 0);
    m_parent->setText(u"<a href=\"#\">%1</a>"_s.arg(tr("open the meeting")));
    if (meeting.parentId != 0 && m_session) {
        if (auto parent = MeetingRepository(m_session->catalogue()).get(meeting.parentId))
            m_parent->setText(u"<a href=\"#\">%1</a>"_s.arg(parent->title.toHtmlEscaped()));
    }
    m_delegations->setMeeting(meeting);
    m_topics->setMeeting(meeting);
    m_documents->setMeeting(meeting);
    m_sources->setMeeting(meeting);
    fillSubEvents();
}

void MeetingEditor::reload()
{
    if (!m_session || m_meeting.id <= 0)
        return;
    auto meeting = MeetingRepository(m_session->catalogue()).get(m_meeting.id);
    if (!meeting) {
        clear();
        return;
    }
    showMeeting(*meeting);
}

void MeetingEditor::fillSubEvents()
{
    m_subEvents->clear();
    for (const SubEventRef &e : std::as_const(m_meeting.subEvents)) {
        auto *item = new QListWidgetItem(
            tr("%1 — %2").arg(e.start.toDisplayString(locale()), e.title), m_subEvents);
        item->setData(Qt::UserRole, e.id);
    }
    m_tabs->setTabText(m_tabs->indexOf(m_subEvents->parentWidget()),
                       m_meeting.subEvents.isEmpty()
                           ? tr("Sub-events")
                           : tr("Sub-events (%1)").arg(m_meeting.subEvents.size()));
}

bool MeetingEditor::saveDate(PartialDateEdit *field, bool start)
{
    // Text that is no date at all never reaches the meeting: say so, keep the text.
    if (field->date().isNull() && !field->problem().isEmpty()) {
        refuse(field, {(start ? tr("Start date: %1") : tr("End date: %1")).arg(field->problem())});
        return false;
    }
    return save(field, [&](Meeting &m) {
        if (start) {
            m.start = field->date();
            // With no end of its own, the meeting ends when it starts, wherever that moves.
            if (m_datePlace.end()->text().trimmed().isEmpty())
                m.end = {};
        } else {
            m.end = field->date();
        }
        if (m.end == m.start)
            m.end = {};
    });
}

bool MeetingEditor::save(QWidget *field, const std::function<void(Meeting &)> &change)
{
    if (!m_session || m_meeting.id <= 0)
        return false;
    Meeting after = m_meeting;
    change(after);
    if (!EditMeetingCommand::differs(m_meeting, after)) {
        if (FieldMarks::isMarked(field)) {
            FieldMarks::clear(field);
            m_message->clear();
        }
        return false;
    }
    if (const FieldProblems problems = after.validate(); !problems.isEmpty()) {
        QStringList lines;
        for (const FieldProblem &p : problems)
            lines.append(capitalised(p.field) % u": "_s % p.message);
        refuse(field, lines);
        return false;
    }
    m_saving = true;
    const Status saved =
        m_session->execute(std::make_unique<EditMeetingCommand>(*m_session, m_meeting, after));
    m_saving = false;
    if (!saved) {
        if (saved.error().kind == Error::Kind::Conflict)
            showConflict(saved.error());
        else
            refuse(field, {saved.error().message});
        return false;
    }
    FieldMarks::clear(field);
    m_message->clear();
    // Read back what was written: new documents and topics have ids now, the version moved on.
    if (auto stored = MeetingRepository(m_session->catalogue()).get(m_meeting.id))
        m_meeting = *stored;
    return true;
}

void MeetingEditor::refuse(QWidget *field, const QStringList &problems)
{
    FieldMarks::mark(field, problems.join(u'\n'));
    m_message->showMessage(MessageStrip::Kind::Problem, problems.join(u'\n'));
}

void MeetingEditor::showConflict(const Error &error)
{
    m_message->showMessage(MessageStrip::Kind::Warning,
                           error.message % u"\n"_s %
                               tr("Your last entry was not saved; it is still in its field."),
                           tr("&Reload"));
}

void MeetingEditor::onChanged(const ChangeSet &changes)
{
    if (m_saving || m_meeting.id <= 0)
        return;
    if (changes.removedMeetings.contains(m_meeting.id)) {
        clear();
        return;
    }
    if (changes.topics)
        m_topics->reloadVocabulary();
    // Undo, redo, a merge of people or a change of a sub-event: show what is stored now.
    bool mine = changes.touchesMeeting(m_meeting.id);
    for (const SubEventRef &e : std::as_const(m_meeting.subEvents))
        mine = mine || changes.touchesMeeting(e.id);
    for (const Delegation &d : std::as_const(m_meeting.delegations)) {
        for (const DelegationMember &member : d.members)
            mine = mine || changes.touchesPerson(member.personId);
    }
    if (mine)
        reload();
}

bool MeetingEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_summary && event->type() == QEvent::FocusOut)
        save(m_summary, [this](Meeting &m) { m.summary = m_summary->toPlainText().trimmed(); });
    return QWidget::eventFilter(watched, event);
}

} // namespace entente
