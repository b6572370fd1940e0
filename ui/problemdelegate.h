#pragma once

#include <QStyledItemDelegate>

namespace entente {

// The base of the editors' delegates: a cell whose row cannot be saved as it is (Role::Problem)
// shows a warning sign and says why in its tooltip; the row stays as typed.
class ProblemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ProblemDelegate(QObject *parent = nullptr);
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace entente
