#include "searchcheatsheet.h"

#include "query/searchfields.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QScreen>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace entente {

namespace {

constexpr int insertRole = Qt::UserRole;

QTreeWidgetItem *row(QTreeWidget *tree, const QString &write, const QString &finds,
                     const QString &example, const QString &insert)
{
    auto *item = new QTreeWidgetItem(tree, {write, finds, example});
    item->setData(0, insertRole, insert);
    item->setToolTip(1, finds);
    return item;
}

} // namespace

SearchCheatSheet::SearchCheatSheet(QWidget *parent)
    : QFrame(parent, Qt::Popup)
    , m_tree(new QTreeWidget(this))
{
    setObjectName(u"searchCheatSheet"_s);
    setFrameShape(QFrame::StyledPanel);
    m_tree->setObjectName(u"cheatSheetTree"_s);
    m_tree->setAccessibleName(tr("Search fields and operators"));
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setHeaderLabels({tr("Write"), tr("Finds meetings"), tr("Example")});
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);

    row(m_tree, tr("word"), tr("with the word, in any script or spelling"), u"Lavrov"_s,
        u"Lavrov"_s);
    row(m_tree, tr("\"phrase\""), tr("with the words one after the other"), u"\"gas transit\""_s,
        u"\"gas transit\""_s);
    row(m_tree, tr("word*"), tr("with a word starting so"), u"transi*"_s, u"transi*"_s);
    row(m_tree, tr("=word"), tr("with exactly that spelling"), u"=Sergei"_s, u"=Sergei"_s);
    row(m_tree, tr("-term"), tr("without it"), u"-format:telephone_call"_s, u"-"_s);
    row(m_tree, tr("OR"), tr("either term"), u"country:BLR OR country:KAZ"_s, u"OR"_s);
    for (const SearchFields::Info &field : SearchFields::all()) {
        row(m_tree, field.name + u':', QCoreApplication::translate("SearchFields", field.help),
            field.example, field.name + u':');
    }
    m_tree->setCurrentItem(m_tree->topLevelItem(0));

    auto *hint = new QLabel(tr("Click a row or press Enter to insert it. Terms separated by "
                               "spaces must all match; parentheses group."),
                            this);
    hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_tree);
    layout->addWidget(hint);

    connect(m_tree, &QTreeWidget::itemClicked, this, &SearchCheatSheet::choose);
    connect(m_tree, &QTreeWidget::itemActivated, this, &SearchCheatSheet::choose);
}

void SearchCheatSheet::choose(QTreeWidgetItem *item)
{
    if (!item)
        return;
    hide();
    Q_EMIT termChosen(item->data(0, insertRole).toString());
}

void SearchCheatSheet::popUpBelow(const QWidget *anchor)
{
    const int rows = m_tree->topLevelItemCount();
    const int rowHeight = m_tree->sizeHintForRow(0);
    // Wide enough for the longest explanation beside its field and example.
    int textWidth = 0;
    for (int column = 0; column < m_tree->columnCount(); ++column) {
        int widest = 0;
        for (int i = 0; i < rows; ++i) {
            widest = std::max(widest, m_tree->fontMetrics().horizontalAdvance(
                                          m_tree->topLevelItem(i)->text(column)));
        }
        textWidth += widest + 24;
    }
    const QSize wanted(std::max(anchor->width(), textWidth + 24),
                       rowHeight * rows + m_tree->header()->sizeHint().height() + 56);
    const QRect screen = anchor->screen()->availableGeometry();
    resize(wanted.boundedTo(screen.size()));
    QPoint at = anchor->mapToGlobal(QPoint(0, anchor->height()));
    at.setX(std::clamp(at.x(), screen.left(), std::max(screen.left(), screen.right() - width())));
    at.setY(std::min(at.y(), std::max(screen.top(), screen.bottom() - height())));
    move(at);
    show();
    m_tree->setFocus();
}

} // namespace entente
