#include "partialdateedit.h"

#include "domain/partialdateparser.h"

#include <QCalendarWidget>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QStyle>
#include <QToolButton>
#include <QWidgetAction>

using namespace Qt::StringLiterals;

namespace entente {

namespace {

// A small calendar sheet in the palette's colours, for desktops without an icon theme.
QIcon calendarIcon(const QPalette &palette)
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor ink = palette.color(QPalette::WindowText);
    p.setPen(QPen(ink, 2));
    p.setBrush(palette.color(QPalette::Base));
    p.drawRoundedRect(QRectF(4, 7, 24, 21), 3, 3);
    p.fillRect(QRectF(5, 8, 22, 6), palette.color(QPalette::Highlight));
    p.drawLine(QPointF(11, 4), QPointF(11, 10));
    p.drawLine(QPointF(21, 4), QPointF(21, 10));
    p.setPen(Qt::NoPen);
    p.setBrush(ink);
    for (int row = 0; row < 2; ++row) {
        for (int column = 0; column < 4; ++column)
            p.drawRect(QRectF(8 + column * 5, 17 + row * 5, 3, 3));
    }
    return QIcon(pixmap);
}

} // namespace

PartialDateEdit::PartialDateEdit(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_button(new QToolButton(this))
    , m_calendar(new QCalendarWidget)
{
    m_edit->setObjectName(u"dateText"_s);
    m_edit->setPlaceholderText(tr("e.g. 25.11.2009, Nov 2009 or 2009"));
    m_edit->setClearButtonEnabled(true);
    m_edit->installEventFilter(this);
    m_button->setObjectName(u"calendarButton"_s);
    m_button->setIcon(QIcon::fromTheme(u"view-calendar"_s, calendarIcon(palette())));
    m_button->setToolTip(tr("Pick a day in the calendar (Alt+Down)"));
    m_button->setAccessibleName(tr("Open calendar"));
    m_button->setFocusPolicy(Qt::NoFocus); // Alt+Down opens it from the field itself
    m_button->setPopupMode(QToolButton::InstantPopup);

    auto *menu = new QMenu(m_button);
    auto *action = new QWidgetAction(menu);
    m_calendar->setGridVisible(false);
    m_calendar->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    action->setDefaultWidget(m_calendar);
    menu->addAction(action);
    m_button->setMenu(menu);
    connect(menu, &QMenu::aboutToShow, this, [this] {
        const PartialDate current = date();
        m_calendar->setSelectedDate(current.isValid() ? current.firstDay() : QDate::currentDate());
    });
    connect(m_calendar, &QCalendarWidget::activated, this, [this, menu](QDate day) {
        menu->close();
        m_edit->setText(PartialDateParser(locale()).format(PartialDate::fromDate(day)));
        m_edit->setFocus();
        commitIfChanged();
    });
    connect(m_calendar, &QCalendarWidget::clicked, m_calendar, &QCalendarWidget::activated);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_button);
    setFocusProxy(m_edit);
    setFocusPolicy(Qt::StrongFocus);

    connect(m_edit, &QLineEdit::editingFinished, this, &PartialDateEdit::commitIfChanged);
}

PartialDateEdit::~PartialDateEdit()
{
    // Children lose focus while the widget goes, and a field that loses focus finishes its
    // entry: its signals must not reach this half-destroyed object.
    for (QObject *child : findChildren<QObject *>())
        child->disconnect(this);
}

void PartialDateEdit::setDate(const PartialDate &date)
{
    m_committedText = PartialDateParser(locale()).format(date);
    m_edit->setText(m_committedText);
}

PartialDate PartialDateEdit::date() const
{
    return PartialDateParser(locale()).parse(m_edit->text());
}

QString PartialDateEdit::problem() const
{
    QString problem;
    PartialDateParser(locale()).parse(m_edit->text(), &problem);
    return problem;
}

QString PartialDateEdit::text() const
{
    return m_edit->text();
}

void PartialDateEdit::setText(const QString &text)
{
    m_edit->setText(text);
}

void PartialDateEdit::setPlaceholderText(const QString &text)
{
    m_edit->setPlaceholderText(text);
}

void PartialDateEdit::showCalendar()
{
    m_button->showMenu();
}

void PartialDateEdit::commitIfChanged()
{
    if (m_edit->text() == m_committedText)
        return;
    m_committedText = m_edit->text();
    Q_EMIT committed();
}

void PartialDateEdit::showEvent(QShowEvent *event)
{
    // The text field takes the focus, so a screen reader names the field by it: it takes the
    // name given to the whole field, or that of the label whose buddy the field is.
    QString name = accessibleName();
    for (const QLabel *label : window()->findChildren<QLabel *>()) {
        if (name.isEmpty() && label->buddy() == this)
            name = QString(label->text()).remove(u'&').remove(u':').trimmed();
    }
    if (!name.isEmpty())
        m_edit->setAccessibleName(name);
    QWidget::showEvent(event);
}

bool PartialDateEdit::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down && key->modifiers() & Qt::AltModifier) {
            showCalendar();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace entente
