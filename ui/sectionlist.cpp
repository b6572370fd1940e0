#include "sectionlist.h"

#include "matchedtext.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace entente {

namespace {

const QString headingName = u"sectionHeading"_s;
const QString entryName = u"sectionEntry"_s;

QLabel *plainLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText); // user text is never markup
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

SectionList::SectionList(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(4);
}

void SectionList::clear()
{
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void SectionList::addHeading(const QString &text)
{
    QLabel *label = plainLabel(text, this);
    label->setObjectName(headingName);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    m_layout->addWidget(label);
}

void SectionList::addEntry(const QString &primary, const QStringList &details)
{
    auto *entry = new QWidget(this);
    entry->setObjectName(entryName);
    auto *layout = new QVBoxLayout(entry);
    layout->setContentsMargins(16, 0, 0, 2);
    layout->setSpacing(0);
    QLabel *first = plainLabel(primary, entry);
    showMatchedText(first, primary, m_matched);
    layout->addWidget(first);
    for (const QString &detail : details) {
        QLabel *line = plainLabel(detail, entry);
        showMatchedText(line, detail, m_matched);
        QPalette palette = line->palette();
        palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
        line->setPalette(palette);
        layout->addWidget(line);
    }
    entry->setProperty("lines", QStringList(primary) + details);
    m_layout->addWidget(entry);
}

QStringList SectionList::headings() const
{
    QStringList texts;
    for (const QLabel *label : findChildren<QLabel *>(headingName, Qt::FindDirectChildrenOnly))
        texts.append(label->text());
    return texts;
}

QStringList SectionList::entries() const
{
    QStringList texts;
    for (int i = 0; i < m_layout->count(); ++i) {
        const QWidget *w = m_layout->itemAt(i)->widget();
        if (w && w->objectName() == entryName)
            texts.append(w->property("lines").toStringList().join(u'\n'));
    }
    return texts;
}

} // namespace entente
