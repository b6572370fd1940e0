#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace entente {

namespace {

QString plain(QString text)
{
    text.remove(u'&');
    text.remove(u'…');
    return text.trimmed();
}

void addMenu(QTreeWidgetItem *parent, const QMenu *menu)
{
    for (const QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        if (const QMenu *sub = action->menu()) {
            addMenu(parent, sub);
            continue;
        }
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys.append(key.toString(QKeySequence::NativeText));
        if (!keys.isEmpty())
            new QTreeWidgetItem(parent, {plain(action->text()), keys.join(u", "_s)});
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menus, QWidget *parent)
    : QDialog(parent)
    , m_tree(new QTreeWidget(this))
{
    setObjectName(u"shortcutsDialog"_s);
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_tree->setObjectName(u"shortcutsTree"_s);
    m_tree->setHeaderLabels({tr("Action"), tr("Shortcut")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    for (const QAction *top : menus->actions()) {
        const QMenu *menu = top->menu();
        if (!menu)
            continue;
        auto *heading = new QTreeWidgetItem(m_tree, {plain(top->text())});
        QFont bold = heading->font(0);
        bold.setBold(true);
        heading->setFont(0, bold);
        addMenu(heading, menu);
        if (heading->childCount() == 0)
            delete heading;
    }
    m_tree->expandAll();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree);
    layout->addWidget(buttons);
    resize(520, 600);
}

} // namespace entente
