#include "partialdatedelegate.h"

#include "fieldmarks.h"
#include "partialdateedit.h"

#include <QKeyEvent>
#include <QLineEdit>

namespace entente {

namespace {

// Not a date at all (as opposed to an impossible one such as 2009-02-30, which the model keeps
// and reports): cannot be stored, so it must not leave the editor.
bool unreadable(const PartialDateEdit *edit)
{
    return edit->date().isNull() && !edit->problem().isEmpty();
}

} // namespace

PartialDateDelegate::PartialDateDelegate(QObject *parent)
    : ProblemDelegate(parent)
{}

QWidget *PartialDateDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                           const QModelIndex &) const
{
    auto *edit = new PartialDateEdit(parent);
    edit->setAutoFillBackground(true);
    edit->lineEdit()->installEventFilter(const_cast<PartialDateDelegate *>(this));
    return edit;
}

void PartialDateDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *edit = static_cast<PartialDateEdit *>(editor);
    if (FieldMarks::isMarked(edit))
        return; // keep what the user typed while it is being corrected
    edit->setDate(index.data(Qt::EditRole).value<PartialDate>());
}

void PartialDateDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                       const QModelIndex &index) const
{
    auto *edit = static_cast<PartialDateEdit *>(editor);
    if (unreadable(edit))
        return;
    model->setData(index, QVariant::fromValue(edit->date()), Qt::EditRole);
}

bool PartialDateDelegate::eventFilter(QObject *object, QEvent *event)
{
    auto *line = qobject_cast<QLineEdit *>(object);
    auto *edit = line ? qobject_cast<PartialDateEdit *>(line->parentWidget()) : nullptr;
    if (!edit)
        return ProblemDelegate::eventFilter(object, event);
    const bool leaving =
        event->type() == QEvent::FocusOut ||
        (event->type() == QEvent::KeyPress &&
         QList<int>{Qt::Key_Return, Qt::Key_Enter, Qt::Key_Tab, Qt::Key_Backtab}.contains(
             static_cast<QKeyEvent *>(event)->key()));
    if (leaving && unreadable(edit)) {
        FieldMarks::mark(edit, edit->problem());
        return event->type() != QEvent::FocusOut; // focus may go; the editor and its text stay
    }
    if (leaving)
        FieldMarks::clear(edit);
    // The delegate's own handling (commit and close on Return, Tab, focus out) works on the
    // editor widget, not on the line edit inside it.
    return ProblemDelegate::eventFilter(edit, event);
}

} // namespace entente
