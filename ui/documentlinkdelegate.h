#pragma once

#include "documentlinkedit.h"
#include "problemdelegate.h"

namespace entente {

// Edits the link of a document row with a DocumentLinkEdit.
class DocumentLinkDelegate : public ProblemDelegate
{
    Q_OBJECT

public:
    explicit DocumentLinkDelegate(QObject *parent = nullptr);
    void setFinder(DocumentLinkEdit::Finder finder) { m_finder = std::move(finder); }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;

protected:
    // Keys and focus go to the combo boxes inside the editor: they finish the edit as they
    // would in a plain field.
    bool eventFilter(QObject *object, QEvent *event) override;

private:
    DocumentLinkEdit::Finder m_finder;
};

} // namespace entente
