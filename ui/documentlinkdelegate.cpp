#include "documentlinkdelegate.h"

#include "models/roles.h"

namespace entente {

DocumentLinkDelegate::DocumentLinkDelegate(QObject *parent)
    : ProblemDelegate(parent)
{}

QWidget *DocumentLinkDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                            const QModelIndex &index) const
{
    auto *edit = new DocumentLinkEdit(parent);
    // The meeting's other saved documents first: the usual target (a plan develops the programme
    // adopted at the same meeting).
    QList<std::pair<qint64, QString>> siblings;
    const QAbstractItemModel *model = index.model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const qint64 id = model->index(row, 0).data(Role::Id).toLongLong();
        if (row != index.row() && id > 0)
            siblings.append({id, model->index(row, 0).data().toString()});
    }
    edit->setCandidates(siblings, m_finder);
    for (QWidget *child : edit->findChildren<QWidget *>()) {
        if (child->focusPolicy() != Qt::NoFocus)
            child->installEventFilter(const_cast<DocumentLinkDelegate *>(this));
    }
    return edit;
}

void DocumentLinkDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    static_cast<DocumentLinkEdit *>(editor)->setLink(
        index.data(Qt::EditRole).value<DocumentLink>());
}

void DocumentLinkDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                        const QModelIndex &index) const
{
    model->setData(index, QVariant::fromValue(static_cast<DocumentLinkEdit *>(editor)->link()),
                   Qt::EditRole);
}

bool DocumentLinkDelegate::eventFilter(QObject *object, QEvent *event)
{
    auto *widget = qobject_cast<QWidget *>(object);
    while (widget && !qobject_cast<DocumentLinkEdit *>(widget))
        widget = widget->parentWidget();
    return ProblemDelegate::eventFilter(widget ? widget : object, event);
}

void DocumentLinkDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                                const QModelIndex &) const
{
    // Wider than the cell when the cell is narrow: the relation and the title both need room.
    QRect rect = option.rect;
    rect.setWidth(std::max(rect.width(), editor->sizeHint().width()));
    editor->setGeometry(rect);
}

} // namespace entente
