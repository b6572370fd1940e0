#pragma once

#include "problemdelegate.h"

#include <QList>
#include <QString>

namespace entente {

// A combo box over a fixed list of codes and their labels: party roles, document kinds and
// actions. The model's edit role holds the code.
class ChoiceDelegate : public ProblemDelegate
{
    Q_OBJECT

public:
    struct Choice
    {
        QString code;
        QString label;
    };

    explicit ChoiceDelegate(QObject *parent = nullptr);
    void setChoices(QList<Choice> choices) { m_choices = std::move(choices); }
    // In a tree, offer the choices on top-level rows only; child rows edit plain text (a party's
    // role, but a member's post, share a column).
    void setTopLevelOnly(bool only) { m_topLevelOnly = only; }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

private:
    bool plain(const QModelIndex &index) const
    {
        return m_topLevelOnly && index.parent().isValid();
    }
    QList<Choice> m_choices;
    bool m_topLevelOnly = false;
};

} // namespace entente
