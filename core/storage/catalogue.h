#pragma once

#include "domain/error.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

namespace entente {

// One catalogue file, open. It owns the database connections (one named connection per thread,
// created on first use with the same settings) and closes them, checkpointing the write-ahead
// log, when it goes away, so the file on disk is self-contained again.
class Catalogue
{
    Q_DECLARE_TR_FUNCTIONS(Catalogue)

public:
    enum class Mode {
        ReadWrite,
        ReadOnly
    };
    // Long work opening may have to do first (Options::progress).
    enum class OpeningStep {
        BuildingIndexes,   // done and total count indexes
        RebuildingFullText // done and total count meetings
    };
    struct Options
    {
        Mode mode = Mode::ReadWrite;
        bool createIfMissing = false;
        int busyTimeoutMs = 5000;
        // Told how far opening got when it has long work to do first: the indexes a killed bulk
        // load left out are built, or an upgrade rebuilds the full-text index, before anything
        // reads the catalogue.
        std::function<void(OpeningStep step, qint64 done, qint64 total)> progress;
    };

    static constexpr quint32 applicationId = 0x456e5465; // "EnTe"

    static Result<std::unique_ptr<Catalogue>> open(const QString &path, const Options &options);
    static Result<std::unique_ptr<Catalogue>> open(const QString &path)
    {
        return open(path, Options{});
    }

    ~Catalogue();
    Catalogue(const Catalogue &) = delete;
    Catalogue &operator=(const Catalogue &) = delete;

    QString path() const { return m_path; }
    bool isReadOnly() const { return m_options.mode == Mode::ReadOnly; }
    // On read-only media: nothing, not even SQLite's companion files, can be written beside it.
    bool isOnReadOnlyMedia() const { return m_immutable; }
    // Closes the calling thread's connection, if it has one. A worker thread calls it before it
    // ends: a connection can only be closed by its own thread.
    void releaseConnection() const;

    // The schema version this build writes; files with a higher one are refused.
    static int latestSchemaVersion();
    int schemaVersion() const;

    // Whether any meetings and any people are stored yet: a load into an empty catalogue can take
    // faster paths.
    struct Contents
    {
        bool meetings = false;
        bool people = false;
    };
    Result<Contents> contents() const;

    enum class Check {
        Quick, // every page and row, without comparing indexes with their tables (quick_check)
        Full,  // every page, index and foreign key (integrity_check, foreign_key_check)
    };
    // What is damaged, empty when all is well. Full is what `check` runs; Quick comes before
    // an import writes (docs/reliability.md gives its cost).
    Result<QStringList> integrityProblems(Check depth = Check::Full) const;
    // Refuses an output path that is the catalogue or one of its files (CatalogueFiles): an
    // Invalid error naming both, so that no report, export or copy can overwrite the data.
    Status checkOutputPath(const QString &output) const;
    // A consistent copy of the open catalogue (VACUUM INTO), never a raw file copy.
    Status saveCopy(const QString &target) const;

private:
    friend class CatalogueConnection;

    Catalogue(QString path, Options options);
    // The calling thread's connection to this catalogue: storage's alone (CatalogueConnection).
    QSqlDatabase database() const;
    Result<QSqlDatabase> connect(const QString &connectionName) const;
    Status prepare();

    QString m_path;
    Options m_options;
    bool m_immutable = false; // read-only media: opened with SQLite's immutable flag
    QString m_connectionPrefix;
};

} // namespace entente
