#include "countrylistdelegate.h"

#include "domain/namefolding.h"
#include "fieldmarks.h"

#include <QKeyEvent>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace entente {

CountryListDelegate::CountryListDelegate(QObject *parent)
    : ProblemDelegate(parent)
{}

std::optional<QStringList> CountryListDelegate::codesFor(const QString &text,
                                                         QString *unknown) const
{
    QStringList codes;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const QString name = part.trimmed();
        if (name.isEmpty())
            continue;
        QString found;
        if (m_names.contains(name.toUpper()))
            found = name.toUpper();
        const QString folded = NameFolding::fold(name);
        for (auto it = m_names.cbegin(); found.isEmpty() && it != m_names.cend(); ++it) {
            if (NameFolding::fold(it.value()) == folded)
                found = it.key();
        }
        if (found.isEmpty()) {
            if (unknown)
                *unknown = name;
            return std::nullopt;
        }
        if (!codes.contains(found))
            codes.append(found);
    }
    return codes;
}

QWidget *CountryListDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                           const QModelIndex &) const
{
    auto *edit = new QLineEdit(parent);
    edit->setPlaceholderText(tr("Countries, separated by commas"));
    return edit;
}

void CountryListDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (FieldMarks::isMarked(editor))
        return;
    QStringList names;
    for (const QString &code : index.data(Qt::EditRole).toStringList())
        names.append(m_names.value(code, code));
    static_cast<QLineEdit *>(editor)->setText(names.join(u", "_s));
}

void CountryListDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                       const QModelIndex &index) const
{
    if (const auto codes = codesFor(static_cast<QLineEdit *>(editor)->text(), nullptr))
        model->setData(index, *codes, Qt::EditRole);
}

bool CountryListDelegate::eventFilter(QObject *object, QEvent *event)
{
    auto *edit = qobject_cast<QLineEdit *>(object);
    const bool leaving =
        edit && (event->type() == QEvent::FocusOut ||
                 (event->type() == QEvent::KeyPress &&
                  QList<int>{Qt::Key_Return, Qt::Key_Enter, Qt::Key_Tab, Qt::Key_Backtab}.contains(
                      static_cast<QKeyEvent *>(event)->key())));
    if (leaving) {
        QString unknown;
        if (!codesFor(edit->text(), &unknown)) {
            FieldMarks::mark(edit, tr("there is no country called “%1”").arg(unknown));
            return event->type() != QEvent::FocusOut;
        }
        FieldMarks::clear(edit);
    }
    return ProblemDelegate::eventFilter(object, event);
}

} // namespace entente
