#include "documentlinkedit.h"

#include "storage/documentrepository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>

namespace entente {

DocumentLinkEdit::DocumentLinkEdit(QWidget *parent)
    : QWidget(parent)
    , m_relation(new QComboBox(this))
    , m_target(new QComboBox(this))
{
    setAutoFillBackground(true);
    for (DocumentRelation r : {DocumentRelation::Develops, DocumentRelation::Renews,
                               DocumentRelation::Supersedes, DocumentRelation::Amends})
        m_relation->addItem(relationLabel(r), relationCode(r));
    m_relation->setAccessibleName(tr("Relation"));
    m_target->setEditable(true);
    m_target->setInsertPolicy(QComboBox::NoInsert);
    m_target->setAccessibleName(tr("Linked document"));
    m_target->lineEdit()->setPlaceholderText(tr("Type words of the title"));
    m_target->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_target->setMinimumContentsLength(16);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_relation);
    layout->addWidget(m_target, 1);
    setFocusProxy(m_target);
    connect(m_target->lineEdit(), &QLineEdit::textEdited, this, &DocumentLinkEdit::search);
}

void DocumentLinkEdit::setCandidates(const QList<std::pair<qint64, QString>> &documents,
                                     Finder finder)
{
    m_finder = std::move(finder);
    m_target->clear();
    m_target->addItem(tr("(no link)"), qint64(0));
    for (const auto &[id, title] : documents)
        m_target->addItem(title, id);
}

void DocumentLinkEdit::search(const QString &text)
{
    if (!m_finder || text.trimmed().size() < 3)
        return;
    const QList<DocumentRow> found = m_finder(text);
    const QSignalBlocker blocker(m_target);
    for (const DocumentRow &d : found) {
        if (m_target->findData(d.id) < 0)
            m_target->addItem(d.title, d.id);
    }
    m_target->setEditText(text);
}

void DocumentLinkEdit::setLink(const DocumentLink &link)
{
    m_relation->setCurrentIndex(std::max(0, m_relation->findData(relationCode(link.relation))));
    if (link.targetId > 0 && m_target->findData(link.targetId) < 0)
        m_target->addItem(link.targetTitle, link.targetId);
    m_target->setCurrentIndex(std::max(0, m_target->findData(link.targetId)));
}

DocumentLink DocumentLinkEdit::link() const
{
    DocumentLink link;
    link.relation =
        relationFromCode(m_relation->currentData().toString()).value_or(DocumentRelation::Develops);
    // The typed text picks the entry of that title, if any; otherwise the current entry.
    int row = m_target->findText(m_target->currentText());
    if (row < 0)
        row = m_target->currentIndex();
    link.targetId = row >= 0 ? m_target->itemData(row).toLongLong() : 0;
    link.targetTitle = row > 0 ? m_target->itemText(row) : QString();
    return link;
}

} // namespace entente
