#include "problemdelegate.h"

#include "models/roles.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QStyle>
#include <QToolTip>

namespace entente {

ProblemDelegate::ProblemDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

void ProblemDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(Role::Problem).toString().isEmpty())
        return;
    const QStyle *style = option->widget ? option->widget->style() : QApplication::style();
    option->icon = style->standardIcon(QStyle::SP_MessageBoxWarning);
    option->features |= QStyleOptionViewItem::HasDecoration;
    option->decorationSize = option->decorationSize.isValid() && !option->decorationSize.isEmpty()
                                 ? option->decorationSize
                                 : QSize(16, 16);
}

bool ProblemDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                const QStyleOptionViewItem &option, const QModelIndex &index)
{
    const QString problem = index.data(Role::Problem).toString();
    if (event && event->type() == QEvent::ToolTip && !problem.isEmpty()) {
        QToolTip::showText(event->globalPos(), problem, view);
        return true;
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

} // namespace entente
