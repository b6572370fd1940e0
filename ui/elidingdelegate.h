#pragma once

#include <QStyledItemDelegate>

namespace entente {

// Draws its column's text cut where `mode` says (in the middle for places and names) instead of
// the view's one mode for every column.
class ElidingDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    ElidingDelegate(Qt::TextElideMode mode, QObject *parent = nullptr)
        : QStyledItemDelegate(parent)
        , m_mode(mode)
    {}

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->textElideMode = m_mode;
    }

private:
    Qt::TextElideMode m_mode;
};

} // namespace entente
