#include "bulkeditdialog.h"

#include "storage/topicrepository.h"

#include <QCollator>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace entente {

BulkEditDialog::BulkEditDialog(const DisplayLabels &labels, const Catalogue &catalogue, int count,
                               QWidget *parent)
    : QDialog(parent)
    , m_status(new QComboBox(this))
    , m_format(new QComboBox(this))
    , m_addTopic(new QLineEdit(this))
    , m_removeTopic(new QLineEdit(this))
{
    setObjectName(u"bulkEditDialog"_s);
    setWindowTitle(tr("Change %n Meeting(s)", nullptr, count));
    m_status->setObjectName(u"status"_s);
    m_format->setObjectName(u"format"_s);
    m_addTopic->setObjectName(u"addTopic"_s);
    m_removeTopic->setObjectName(u"removeTopic"_s);
    m_status->addItem(tr("(unchanged)"));
    for (MeetingStatus s : {MeetingStatus::Planned, MeetingStatus::Held, MeetingStatus::Postponed,
                            MeetingStatus::Cancelled})
        m_status->addItem(statusLabel(s), statusCode(s));
    m_format->addItem(tr("(unchanged)"));
    QList<std::pair<QString, QString>> formats;
    for (auto it = labels.formats.cbegin(); it != labels.formats.cend(); ++it)
        formats.append({it.value(), it.key()});
    QCollator collator(locale());
    std::sort(formats.begin(), formats.end(),
              [&](const auto &a, const auto &b) { return collator.compare(a.first, b.first) < 0; });
    for (const auto &[label, code] : formats)
        m_format->addItem(label, code);
    QStringList names;
    if (auto topics = TopicRepository(catalogue).all()) {
        for (const Topic &t : std::as_const(*topics))
            names.append(t.name);
    }
    for (QLineEdit *edit : {m_addTopic, m_removeTopic}) {
        auto *completer = new QCompleter(names, edit);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        edit->setCompleter(completer);
        edit->setClearButtonEnabled(true);
    }
    m_addTopic->setPlaceholderText(tr("a topic to add to every meeting"));
    m_removeTopic->setPlaceholderText(tr("a topic to take off every meeting"));

    auto *form = new QFormLayout;
    const auto row = [&](const QString &text, QWidget *field, const QString &accessible) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        field->setAccessibleName(accessible);
        form->addRow(label, field);
    };
    row(tr("&Status:"), m_status, tr("Status"));
    row(tr("&Format:"), m_format, tr("Format"));
    row(tr("&Add topic:"), m_addTopic, tr("Topic to add"));
    row(tr("&Remove topic:"), m_removeTopic, tr("Topic to remove"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Change"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *intro = new QLabel(tr("What you set here is changed in all %n selected meeting(s); the "
                                "rest stays as each meeting has it. One step to undo.",
                                nullptr, count),
                             this);
    intro->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

BulkChange BulkEditDialog::change() const
{
    BulkChange change;
    if (m_status->currentIndex() > 0)
        change.status = statusFromCode(m_status->currentData().toString());
    if (m_format->currentIndex() > 0)
        change.format = m_format->currentData().toString();
    if (const QString t = m_addTopic->text().trimmed(); !t.isEmpty())
        change.addTopics = {{0, t}};
    if (const QString t = m_removeTopic->text().trimmed(); !t.isEmpty())
        change.removeTopics = {{0, t}};
    return change;
}

QString BulkEditDialog::changeLabel() const
{
    QStringList parts;
    if (m_status->currentIndex() > 0)
        parts.append(tr("set status to %1").arg(m_status->currentText()));
    if (m_format->currentIndex() > 0)
        parts.append(tr("set format to %1").arg(m_format->currentText()));
    if (const QString t = m_addTopic->text().trimmed(); !t.isEmpty())
        parts.append(tr("add topic “%1”").arg(t));
    if (const QString t = m_removeTopic->text().trimmed(); !t.isEmpty())
        parts.append(tr("remove topic “%1”").arg(t));
    return parts.join(tr(", "));
}

} // namespace entente
