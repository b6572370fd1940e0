#include "headermemory.h"

#include <QHeaderView>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace entente {

void rememberHeader(QHeaderView *header, const QString &key)
{
    const QString setting = u"tables/"_s + key;
    // Restored once, when the columns exist (a model may come after the view).
    const auto restore = [header, setting] {
        if (header->count() == 0 || header->property("headerRestored").toBool())
            return;
        header->setProperty("headerRestored", true);
        const QByteArray state = QSettings().value(setting).toByteArray();
        if (!state.isEmpty())
            header->restoreState(state);
    };
    restore();
    QObject::connect(header, &QHeaderView::sectionCountChanged, header, restore);

    // QSettings keeps values in memory and writes them out later: saving at every step of a
    // drag costs nothing on disk.
    const auto save = [header, setting] {
        if (header->property("headerRestored").toBool())
            QSettings().setValue(setting, header->saveState());
    };
    QObject::connect(header, &QHeaderView::sectionResized, header, save);
    QObject::connect(header, &QHeaderView::sectionMoved, header, save);
}

} // namespace entente
