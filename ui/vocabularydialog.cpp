#include "vocabularydialog.h"

#include "commands/addtopiccommand.h"
#include "commands/addvocabularyentrycommand.h"
#include "commands/renametopiccommand.h"
#include "commands/renamevocabularyentrycommand.h"
#include "commands/undosession.h"
#include "storage/topicrepository.h"

#include <QCollator>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace entente {

namespace {
using Kind = VocabularyRepository::Kind;
}

VocabularyDialog::VocabularyDialog(UndoSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_tabs(new QTabWidget(this))
    , m_topics(new QTreeWidget(this))
{
    setObjectName(u"vocabularyDialog"_s);
    setWindowTitle(tr("Vocabularies"));
    m_tabs->addTab(listPage(Kind::Format), tr("&Formats"));
    m_tabs->addTab(listPage(Kind::DocumentKind), tr("Document &kinds"));
    m_tabs->addTab(listPage(Kind::DocumentAction), tr("Document a&ctions"));
    m_tabs->addTab(topicsPage(), tr("To&pics"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    connect(&m_session, &UndoSession::changed, this, &VocabularyDialog::onChanged);
    // No default button: Return on an entry renames it, and the lists pass that key on to the
    // dialog, which would otherwise press "Add…" or "Close" as well.
    for (QPushButton *button : findChildren<QPushButton *>())
        button->setAutoDefault(false);
    new QShortcut(QKeySequence::Close, this, this, &QDialog::reject);
    reload();
    resize(560, 520);
}

QListWidget *VocabularyDialog::list(Kind kind) const
{
    return m_lists[int(kind)];
}

QWidget *VocabularyDialog::listPage(Kind kind)
{
    auto *page = new QWidget(this);
    auto *list = new QListWidget(page);
    m_lists[int(kind)] = list;
    list->setObjectName(u"vocabulary%1"_s.arg(int(kind)));
    list->setAccessibleName(kind == Kind::Format         ? tr("Meeting formats")
                            : kind == Kind::DocumentKind ? tr("Document kinds")
                                                         : tr("Document actions"));
    list->setAlternatingRowColors(true);
    auto *add = new QPushButton(QIcon::fromTheme(u"list-add"_s), tr("&Add…"), page);
    auto *rename = new QPushButton(tr("&Rename…"), page);
    connect(add, &QPushButton::clicked, this, [this, kind] {
        bool ok = false;
        const QString label =
            QInputDialog::getText(this, tr("Add"), tr("Label:"), QLineEdit::Normal, QString(), &ok);
        if (ok && !label.trimmed().isEmpty())
            if (Status s = addEntry(kind, label); !s)
                showError(s.error());
    });
    const auto renameCurrent = [this, kind, list] {
        QListWidgetItem *item = list->currentItem();
        if (!item)
            return;
        bool ok = false;
        const QString label = QInputDialog::getText(this, tr("Rename"), tr("Label:"),
                                                    QLineEdit::Normal, item->text(), &ok);
        if (ok && !label.trimmed().isEmpty() && label != item->text())
            if (Status s = renameEntry(kind, item->data(Qt::UserRole).toString(), label); !s)
                showError(s.error());
    };
    connect(rename, &QPushButton::clicked, this, renameCurrent);
    connect(list, &QListWidget::itemActivated, this, renameCurrent);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(rename);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(list, 1);
    layout->addLayout(buttons);
    return page;
}

QWidget *VocabularyDialog::topicsPage()
{
    auto *page = new QWidget(this);
    m_topics->setParent(page);
    m_topics->setObjectName(u"topicTree"_s);
    m_topics->setAccessibleName(tr("Topics"));
    m_topics->setHeaderHidden(true);
    m_topics->setAlternatingRowColors(true);
    auto *add = new QPushButton(QIcon::fromTheme(u"list-add"_s), tr("Add &Topic…"), page);
    auto *addSub = new QPushButton(tr("Add &Sub-topic…"), page);
    auto *rename = new QPushButton(tr("&Rename…"), page);
    const auto ask = [this](const QString &title, const QString &current, bool *ok) {
        return QInputDialog::getText(this, title, tr("Name:"), QLineEdit::Normal, current, ok);
    };
    connect(add, &QPushButton::clicked, this, [this, ask] {
        bool ok = false;
        const QString name = ask(tr("Add Topic"), QString(), &ok);
        if (ok && !name.trimmed().isEmpty())
            if (Status s = addTopic(name, 0); !s)
                showError(s.error());
    });
    connect(addSub, &QPushButton::clicked, this, [this, ask] {
        QTreeWidgetItem *item = m_topics->currentItem();
        bool ok = false;
        const QString name = item ? ask(tr("Add Sub-topic"), QString(), &ok) : QString();
        if (ok && !name.trimmed().isEmpty())
            if (Status s = addTopic(name, item->data(0, Qt::UserRole).toLongLong()); !s)
                showError(s.error());
    });
    connect(rename, &QPushButton::clicked, this, [this, ask] {
        QTreeWidgetItem *item = m_topics->currentItem();
        bool ok = false;
        const QString name = item ? ask(tr("Rename Topic"), item->text(0), &ok) : QString();
        if (ok && !name.trimmed().isEmpty() && name != item->text(0))
            if (Status s = renameTopic(item->data(0, Qt::UserRole).toLongLong(), name); !s)
                showError(s.error());
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(addSub);
    buttons->addWidget(rename);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_topics, 1);
    layout->addLayout(buttons);
    return page;
}

void VocabularyDialog::reload()
{
    VocabularyRepository vocabulary(m_session.catalogue());
    QCollator collator(locale());
    for (Kind kind : {Kind::Format, Kind::DocumentKind, Kind::DocumentAction}) {
        QListWidget *widget = list(kind);
        const QString current = widget->currentItem()
                                    ? widget->currentItem()->data(Qt::UserRole).toString()
                                    : QString();
        widget->clear();
        auto entries = vocabulary.entries(kind);
        if (!entries)
            continue;
        std::sort(entries->begin(), entries->end(), [&](const auto &a, const auto &b) {
            return collator.compare(a.label, b.label) < 0;
        });
        for (const VocabularyRepository::Entry &e : std::as_const(*entries)) {
            auto *item = new QListWidgetItem(e.label, widget);
            item->setData(Qt::UserRole, e.code);
            item->setToolTip(tr("Code in files and scripts: %1").arg(e.code));
            if (e.code == current)
                widget->setCurrentItem(item);
        }
    }
    m_topics->clear();
    auto topics = TopicRepository(m_session.catalogue()).all();
    if (!topics)
        return;
    QHash<qint64, QTreeWidgetItem *> items;
    // all() lists parents before their children (sorted by path).
    for (const Topic &t : std::as_const(*topics)) {
        QTreeWidgetItem *parent = items.value(t.parentId);
        auto *item = parent ? new QTreeWidgetItem(parent, {t.name})
                            : new QTreeWidgetItem(m_topics, {t.name});
        item->setData(0, Qt::UserRole, t.id);
        items.insert(t.id, item);
    }
    m_topics->expandAll();
}

void VocabularyDialog::onChanged(const ChangeSet &changes)
{
    if (changes.vocabulary || changes.topics)
        reload();
}

Status VocabularyDialog::addEntry(Kind kind, const QString &label)
{
    const QString code = VocabularyRepository::codeFor(label);
    if (code.isEmpty())
        return Error::invalid(
            tr("“%1” cannot be made into a code: use letters or digits").arg(label));
    return m_session.execute(
        std::make_unique<AddVocabularyEntryCommand>(m_session, kind, code, label.trimmed()));
}

Status VocabularyDialog::renameEntry(Kind kind, const QString &code, const QString &label)
{
    QString old = code;
    for (int i = 0; i < list(kind)->count(); ++i) {
        if (list(kind)->item(i)->data(Qt::UserRole).toString() == code)
            old = list(kind)->item(i)->text();
    }
    return m_session.execute(std::make_unique<RenameVocabularyEntryCommand>(m_session, kind, code,
                                                                            old, label.trimmed()));
}

Status VocabularyDialog::addTopic(const QString &name, qint64 parentId)
{
    return m_session.execute(std::make_unique<AddTopicCommand>(m_session, name, parentId));
}

Status VocabularyDialog::renameTopic(qint64 id, const QString &name)
{
    QString old;
    if (auto topic = TopicRepository(m_session.catalogue()).get(id))
        old = topic->name;
    return m_session.execute(std::make_unique<RenameTopicCommand>(m_session, id, old, name));
}

void VocabularyDialog::showError(const Error &error)
{
    QMessageBox::warning(this, tr("Cannot Change the Vocabulary"), error.message);
}

} // namespace entente
