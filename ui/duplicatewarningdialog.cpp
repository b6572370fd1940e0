#include "duplicatewarningdialog.h"

#include "domain/duplicaterule.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace entente {

DuplicateWarningDialog::DuplicateWarningDialog(const QList<MeetingSummary> &existing,
                                               QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
{
    setObjectName(u"duplicateWarning"_s);
    setWindowTitle(tr("Possible Duplicate"));
    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    auto *text = new QLabel(
        tr("The catalogue already has a meeting much like this one: the same countries within "
           "a day, and the same place, a similar title or the same format. Is it the same "
           "meeting?"),
        this);
    text->setWordWrap(true);

    m_list->setObjectName(u"existingMeetings"_s);
    m_list->setAccessibleName(tr("Meetings already in the catalogue"));
    for (const MeetingSummary &m : existing) {
        QStringList details = {displaySpan(m.start, m.end, locale())};
        if (!m.place.isEmpty())
            details.append(m.place);
        auto *item = new QListWidgetItem(
            m.title % u'\n' % details.join(u" · "_s) % u'\n' %
                tr("Alike in: %1").arg(DuplicateRule::describe(m.duplicateReasons)),
            m_list);
        item->setData(Qt::UserRole, m.id);
    }
    m_list->setCurrentRow(0);
    m_list->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *open = buttons->addButton(tr("&Open Existing"), QDialogButtonBox::AcceptRole);
    open->setObjectName(u"openExisting"_s);
    QPushButton *create = buttons->addButton(tr("&Create Anyway"), QDialogButtonBox::YesRole);
    create->setObjectName(u"createAnyway"_s);
    buttons->addButton(QDialogButtonBox::Cancel);
    open->setDefault(true);
    connect(open, &QPushButton::clicked, this, [this] { done(OpenExisting); });
    connect(create, &QPushButton::clicked, this, [this] { done(CreateAnyway); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemActivated, this, [this] { done(OpenExisting); });

    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(520, 300);
}

qint64 DuplicateWarningDialog::chosenMeeting() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

} // namespace entente
