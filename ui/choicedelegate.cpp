#include "choicedelegate.h"

#include <QComboBox>

namespace entente {

ChoiceDelegate::ChoiceDelegate(QObject *parent)
    : ProblemDelegate(parent)
{}

QWidget *ChoiceDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    if (plain(index))
        return ProblemDelegate::createEditor(parent, option, index);
    auto *combo = new QComboBox(parent);
    for (const Choice &c : m_choices)
        combo->addItem(c.label, c.code);
    // A choice made with the mouse or the keyboard is a finished edit.
    connect(combo, &QComboBox::activated, this, [this, combo] {
        auto *self = const_cast<ChoiceDelegate *>(this);
        Q_EMIT self->commitData(combo);
    });
    return combo;
}

void ChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (plain(index))
        return ProblemDelegate::setEditorData(editor, index);
    auto *combo = static_cast<QComboBox *>(editor);
    combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole).toString()));
}

void ChoiceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                  const QModelIndex &index) const
{
    if (plain(index))
        return ProblemDelegate::setModelData(editor, model, index);
    const auto *combo = static_cast<QComboBox *>(editor);
    if (combo->currentIndex() >= 0)
        model->setData(index, combo->currentData(), Qt::EditRole);
}

} // namespace entente
