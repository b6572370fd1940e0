#include "recentcatalogues.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace entente {

namespace {
const QString settingsKey = u"catalogue/recent"_s;
}

RecentCatalogues::RecentCatalogues(QMenu *menu, QObject *parent)
    : QObject(parent)
    , m_menu(menu)
{
    rebuildMenu();
}

QStringList RecentCatalogues::paths() const
{
    return QSettings().value(settingsKey).toStringList();
}

void RecentCatalogues::add(const QString &path)
{
    QStringList list = paths();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    list.removeAll(absolute);
    list.prepend(absolute);
    save(list.mid(0, maxEntries));
}

void RecentCatalogues::remove(const QString &path)
{
    QStringList list = paths();
    list.removeAll(path);
    save(list);
}

void RecentCatalogues::save(const QStringList &paths)
{
    QSettings().setValue(settingsKey, paths);
    rebuildMenu();
}

void RecentCatalogues::rebuildMenu()
{
    m_menu->clear();
    const QStringList list = paths();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString path = list.at(i);
        // &1 … &9 give keyboard accelerators to the first nine.
        const QString label = i < 9 ? u"&%1  %2"_s.arg(i + 1).arg(QDir::toNativeSeparators(path))
                                    : QDir::toNativeSeparators(path);
        QAction *action = m_menu->addAction(label);
        connect(action, &QAction::triggered, this, [this, path] { Q_EMIT openRequested(path); });
    }
    if (list.isEmpty()) {
        m_menu->addAction(tr("No recent catalogues"))->setEnabled(false);
        return;
    }
    m_menu->addSeparator();
    connect(m_menu->addAction(tr("&Clear Menu")), &QAction::triggered, this, [this] { save({}); });
}

} // namespace entente
