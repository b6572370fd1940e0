#pragma once

#include <QFrame>

class QTreeWidget;
class QTreeWidgetItem;

namespace entente {

// The query language at a glance, one click from the search bar: every field and operator with
// what it finds and an example. Activating a row (click, Enter) inserts it into the bar: a
// field's name with its colon, ready for a value (the bar then offers the values), or an
// operator's example.
class SearchCheatSheet : public QFrame
{
    Q_OBJECT

public:
    explicit SearchCheatSheet(QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    // Shows the sheet as a popup under `anchor`.
    void popUpBelow(const QWidget *anchor);

Q_SIGNALS:
    void termChosen(const QString &text);

private:
    void choose(QTreeWidgetItem *item);

    QTreeWidget *m_tree;
};

} // namespace entente
