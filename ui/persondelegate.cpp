#include "persondelegate.h"

#include "models/roles.h"

#include <QPersistentModelIndex>

namespace entente {

PersonDelegate::PersonDelegate(QObject *parent)
    : ProblemDelegate(parent)
{}

QWidget *PersonDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                      const QModelIndex &index) const
{
    auto *edit = new PersonLineEdit(parent);
    edit->setLookup(m_lookup);
    edit->setCountryNames(m_names);
    auto *self = const_cast<PersonDelegate *>(this);
    connect(edit, &PersonLineEdit::personChosen, this, [self, edit] {
        Q_EMIT self->commitData(edit);
        Q_EMIT self->closeEditor(edit, QAbstractItemDelegate::EditNextItem);
    });
    const QPersistentModelIndex member(index);
    connect(edit, &PersonLineEdit::createRequested, this,
            [self, edit, member](const QString &name) {
                Q_EMIT self->closeEditor(edit, QAbstractItemDelegate::NoHint);
                Q_EMIT self->createRequested(member, name);
            });
    return edit;
}

void PersonDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *edit = static_cast<PersonLineEdit *>(editor);
    if (edit->isModified())
        return;
    edit->setPerson(index.data(Role::Id).toLongLong(), index.data(Qt::EditRole).toString());
}

void PersonDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                  const QModelIndex &index) const
{
    auto *edit = static_cast<PersonLineEdit *>(editor);
    if (edit->personId() > 0 && m_choiceFor) {
        if (edit->personId() != index.data(Role::Id).toLongLong())
            model->setData(index, QVariant::fromValue(m_choiceFor(edit->personId())), Role::Id);
        return;
    }
    model->setData(index, edit->text(), Qt::EditRole);
}

} // namespace entente
