#pragma once

#include "problemdelegate.h"

namespace entente {

// Edits a date cell (the edit role holds a PartialDate) with a PartialDateEdit. Text that is not
// a date at all is not committed: the editor stays open, marked, with the text as typed.
class PartialDateDelegate : public ProblemDelegate
{
    Q_OBJECT

public:
    explicit PartialDateDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

protected:
    bool eventFilter(QObject *object, QEvent *event) override;
};

} // namespace entente
