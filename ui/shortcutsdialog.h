#pragma once

#include <QDialog>

class QMenuBar;
class QTreeWidget;

namespace entente {

// Help ▸ Keyboard Shortcuts: every action of the window's menus that has a shortcut, by menu,
// read from the actions themselves so the list never disagrees with them.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(const QMenuBar *menus, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }

private:
    QTreeWidget *m_tree;
};

} // namespace entente
