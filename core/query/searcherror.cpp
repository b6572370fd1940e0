#include "searcherror.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace entente {

QString SearchError::describe() const
{
    return QCoreApplication::translate("SearchError", "%1 (at character %2)")
        .arg(message)
        .arg(position + 1);
}

QString SearchError::caretLines(const QString &query) const
{
    // Tabs and line breaks would shift the caret: show them as spaces.
    QString shown = query;
    for (QChar &c : shown) {
        if (c.isSpace())
            c = u' ';
    }
    const qsizetype start = std::clamp<qsizetype>(position, 0, shown.size());
    const qsizetype width = std::max<qsizetype>(1, std::min(length, shown.size() - start));
    return u"  "_s + shown + u"\n  "_s + QString(start, u' ') + QString(width, u'^');
}

} // namespace entente
