#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace entente {

// The File ▸ Open Recent list, kept in QSettings, most recent first.
class RecentCatalogues : public QObject
{
    Q_OBJECT

public:
    static constexpr int maxEntries = 10;

    explicit RecentCatalogues(QMenu *menu, QObject *parent = nullptr);

    QStringList paths() const;
    void add(const QString &path);
    void remove(const QString &path);

Q_SIGNALS:
    void openRequested(const QString &path);

private:
    void save(const QStringList &paths);
    void rebuildMenu();

    QMenu *m_menu;
};

} // namespace entente
