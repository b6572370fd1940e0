#pragma once

#include "domain/error.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace entente {

// Brings a catalogue's schema up to date from the numbered, append-only SQL files compiled in
// from resources/migrations. Each version runs in one transaction together with its user_version
// bump; an existing catalogue is backed up before it is changed.
class Migrator
{
    Q_DECLARE_TR_FUNCTIONS(Migrator)

public:
    // `rebuilding` is told how many meetings an upgrade that rebuilds the full-text index has
    // done, of how many; first (0, 1) before the backup that precedes it.
    Migrator(QSqlDatabase db, QString path,
             std::function<void(qint64 done, qint64 total)> rebuilding = {});

    static int latestVersion();
    // Applies every migration above the file's version, up to `target` (the latest when -1).
    Status migrate(bool readOnly, int target = -1);

    // The statements of one migration file, split at semicolons that end a line.
    static QStringList splitStatements(const QString &script);

private:
    Status backUp(int fromVersion);
    Status apply(int version, const QString &resource);

    QSqlDatabase m_db;
    QString m_path;
    std::function<void(qint64, qint64)> m_rebuilding;
};

} // namespace entente
