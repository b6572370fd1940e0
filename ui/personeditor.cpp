#include "personeditor.h"

#include "choicedelegate.h"
#include "commands/editpersoncommand.h"
#include "commands/undosession.h"
#include "countrycombo.h"
#include "fieldmarks.h"
#include "headermemory.h"
#include "messagestrip.h"
#include "models/positionsmodel.h"
#include "models/roles.h"
#include "partialdatedelegate.h"
#include "storage/persondirectory.h"
#include "storage/personrepository.h"

#include <QCollator>
#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace entente {

namespace {
QLabel *heading(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setBuddy(buddy);
    return label;
}
} // namespace

PersonEditor::PersonEditor(UndoSession &session, const DisplayLabels &labels, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_labels(labels)
    , m_message(new MessageStrip(this))
    , m_latin(new QLineEdit(this))
    , m_native(new QLineEdit(this))
    , m_aliases(new QPlainTextEdit(this))
    , m_country(new CountryCombo(this))
    , m_positionsModel(new PositionsModel(this))
    , m_positions(new QTableView(this))
    , m_addPosition(new QToolButton(this))
    , m_removePosition(new QToolButton(this))
    , m_meetings(new QListWidget(this))
{
    const QList<std::tuple<QWidget *, QString, QString>> names = {
        {m_latin, u"nameLatin"_s, tr("Name in Latin script")},
        {m_native, u"nameNative"_s, tr("Name in native script")},
        {m_aliases, u"aliases"_s, tr("Other spellings")},
        {m_country, u"country"_s, tr("Country")},
        {m_positions, u"positions"_s, tr("Positions")},
        {m_meetings, u"personMeetings"_s, tr("Meetings")}};
    for (const auto &[widget, name, accessible] : names) {
        widget->setObjectName(name);
        widget->setAccessibleName(accessible);
    }
    m_country->setCountries(labels.countries);
    m_aliases->setPlaceholderText(tr("Other spellings and transliterations, one per line"));
    m_aliases->setTabChangesFocus(true);
    m_aliases->setMaximumHeight(fontMetrics().height() * 5);
    m_aliases->installEventFilter(this);
    m_positionsModel->setCountryNames(labels.countries);
    m_positionsModel->setLocale(locale());
    m_positions->setModel(m_positionsModel);
    m_positions->setItemDelegate(new ProblemDelegate(this));
    auto *dates = new PartialDateDelegate(this);
    m_positions->setItemDelegateForColumn(PositionColumn::From, dates);
    m_positions->setItemDelegateForColumn(PositionColumn::To, dates);
    auto *countries = new ChoiceDelegate(this);
    QList<ChoiceDelegate::Choice> choices;
    for (auto it = labels.countries.cbegin(); it != labels.countries.cend(); ++it)
        choices.append({it.key(), it.value()});
    QCollator collator(locale());
    std::sort(choices.begin(), choices.end(),
              [&](const auto &a, const auto &b) { return collator.compare(a.label, b.label) < 0; });
    countries->setChoices(choices);
    m_positions->setItemDelegateForColumn(PositionColumn::Country, countries);
    m_positions->verticalHeader()->hide();
    // Arrows move between cells and Tab on to the buttons; while a cell is edited, Tab still
    // goes on to the next cell.
    m_positions->setTabKeyNavigation(false);
    m_positions->setAlternatingRowColors(true);
    m_positions->setWordWrap(false);
    const int em = fontMetrics().horizontalAdvance(u'M');
    m_positions->horizontalHeader()->resizeSection(PositionColumn::Title, 16 * em);
    m_positions->horizontalHeader()->resizeSection(PositionColumn::Organisation, 18 * em);
    m_positions->horizontalHeader()->resizeSection(PositionColumn::Country, 7 * em);
    m_positions->horizontalHeader()->setStretchLastSection(true);
    rememberHeader(m_positions->horizontalHeader(), u"positions"_s);
    m_addPosition->setObjectName(u"addPosition"_s);
    m_addPosition->setText(tr("Add &Position"));
    m_addPosition->setIcon(QIcon::fromTheme(u"list-add"_s));
    m_addPosition->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_addPosition->setAutoRaise(false);
    m_removePosition->setObjectName(u"removePosition"_s);
    m_removePosition->setText(tr("Remo&ve"));
    m_removePosition->setToolTip(tr("Remove the selected position"));
    m_removePosition->setIcon(QIcon::fromTheme(u"list-remove"_s));
    m_removePosition->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_removePosition->setAutoRaise(false);
    m_meetings->setAlternatingRowColors(true);
    m_meetings->setWordWrap(true);
    m_meetings->setSpacing(2);

    auto *form = new QFormLayout;
    const auto row = [&](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    row(tr("Name (&Latin):"), m_latin);
    row(tr("Name (na&tive):"), m_native);
    row(tr("&Also written:"), m_aliases);
    row(tr("&Country:"), m_country);
    auto *positionTools = new QHBoxLayout;
    positionTools->addWidget(m_addPosition);
    positionTools->addWidget(m_removePosition);
    positionTools->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(form);
    layout->addWidget(heading(tr("P&ositions held"), m_positions, this));
    layout->addWidget(m_positions, 2);
    layout->addLayout(positionTools);
    layout->addWidget(heading(tr("Meetin&gs"), m_meetings, this));
    layout->addWidget(m_meetings, 3);

    connect(m_latin, &QLineEdit::editingFinished, this, [this] {
        save(m_latin, [this](Person &p) { p.nameLatin = m_latin->text().trimmed(); });
    });
    connect(m_native, &QLineEdit::editingFinished, this, [this] {
        save(m_native, [this](Person &p) { p.nameNative = m_native->text().trimmed(); });
    });
    connect(m_country, &CountryCombo::committed, this, [this] {
        if (const QString problem = m_country->problem(); !problem.isEmpty()) {
            FieldMarks::mark(m_country, problem);
            m_message->showMessage(MessageStrip::Kind::Problem, tr("Country: %1").arg(problem));
            return;
        }
        save(m_country, [this](Person &p) { p.country = m_country->country(); });
    });
    connect(m_positionsModel, &PositionsModel::edited, this, [this] {
        if (save(m_positions, [this](Person &p) { p.positions = m_positionsModel->positions(); }))
            m_positionsModel->setPositions(m_person.positions);
    });
    connect(m_addPosition, &QToolButton::clicked, this, [this] {
        const QModelIndex added = m_positionsModel->addPosition(m_person.country);
        m_positions->setCurrentIndex(added);
        m_positions->edit(added);
    });
    connect(m_removePosition, &QToolButton::clicked, this, [this] {
        if (const QModelIndex current = m_positions->currentIndex(); current.isValid())
            m_positionsModel->removePosition(current.row());
    });
    connect(m_meetings, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT meetingActivated(item->data(Qt::UserRole).toLongLong());
    });
    connect(&m_session, &UndoSession::changed, this, &PersonEditor::onChanged);
    clear();
}

PersonEditor::~PersonEditor()
{
    // Children lose focus while the widget goes, and a field that loses focus finishes its
    // entry: its signals must not reach this half-destroyed object.
    for (QObject *child : findChildren<QObject *>())
        child->disconnect(this);
}

void PersonEditor::clear()
{
    m_person = Person();
    setEnabled(false);
    m_message->clear();
    m_latin->clear();
    m_native->clear();
    m_aliases->clear();
    m_country->setCountry(QString());
    m_positionsModel->setPositions({});
    m_meetings->clear();
}

void PersonEditor::showPerson(qint64 id)
{
    auto person = PersonRepository(m_session.catalogue()).get(id);
    if (!person) {
        clear();
        return;
    }
    m_person = *person;
    setEnabled(true);
    m_message->clear();
    for (QWidget *field : findChildren<QWidget *>()) {
        if (FieldMarks::isMarked(field))
            FieldMarks::clear(field);
    }
    m_latin->setText(m_person.nameLatin);
    m_native->setText(m_person.nameNative);
    m_aliases->setPlainText(m_person.aliases.join(u'\n'));
    m_country->setCountry(m_person.country);
    m_positionsModel->setPositions(m_person.positions);
    fillMeetings();
}

void PersonEditor::fillMeetings()
{
    m_meetings->clear();
    auto meetings = PersonDirectory(m_session.catalogue()).meetingsOf(m_person.id);
    if (!meetings)
        return;
    for (const MeetingSummary &m : std::as_const(*meetings)) {
        QString line = tr("%1 — %2").arg(displaySpan(m.start, m.end, locale()), m.title);
        if (!m.position.isEmpty())
            line += u'\n' + (m.head ? tr("%1, head of delegation").arg(m.position) : m.position);
        auto *item = new QListWidgetItem(line, m_meetings);
        item->setData(Qt::UserRole, m.id);
        item->setToolTip(tr("Double-click or press Return to open the meeting"));
    }
    if (meetings->isEmpty()) {
        auto *none = new QListWidgetItem(tr("No meetings yet"), m_meetings);
        none->setFlags(Qt::NoItemFlags);
    }
}

bool PersonEditor::save(QWidget *field, const std::function<void(Person &)> &change)
{
    if (m_person.id <= 0)
        return false;
    Person after = m_person;
    change(after);
    if (after.nameLatin == m_person.nameLatin && after.nameNative == m_person.nameNative &&
        after.aliases == m_person.aliases && after.country == m_person.country &&
        after.positions == m_person.positions)
        return false;
    if (const FieldProblems problems = after.validate(); !problems.isEmpty()) {
        QStringList lines;
        for (const FieldProblem &p : problems)
            lines.append(p.field.at(0).toUpper() + p.field.mid(1) + u": "_s + p.message);
        FieldMarks::mark(field, lines.join(u'\n'));
        m_message->showMessage(MessageStrip::Kind::Problem, lines.join(u'\n'));
        return false;
    }
    m_saving = true;
    const Status saved =
        m_session.execute(std::make_unique<EditPersonCommand>(m_session, m_person, after));
    m_saving = false;
    if (!saved) {
        FieldMarks::mark(field, saved.error().message);
        m_message->showMessage(saved.error().kind == Error::Kind::Conflict
                                   ? MessageStrip::Kind::Warning
                                   : MessageStrip::Kind::Problem,
                               saved.error().message);
        return false;
    }
    FieldMarks::clear(field);
    m_message->clear();
    if (auto stored = PersonRepository(m_session.catalogue()).get(m_person.id))
        m_person = *stored;
    return true;
}

void PersonEditor::onChanged(const ChangeSet &changes)
{
    if (m_saving || m_person.id <= 0)
        return;
    if (changes.touchesPerson(m_person.id) || !changes.meetings.isEmpty())
        showPerson(m_person.id);
}

bool PersonEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_aliases && event->type() == QEvent::FocusOut) {
        save(m_aliases, [this](Person &p) {
            QStringList aliases;
            for (const QString &line : m_aliases->toPlainText().split(u'\n')) {
                if (!line.trimmed().isEmpty())
                    aliases.append(line.trimmed());
            }
            p.aliases = aliases;
        });
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace entente
