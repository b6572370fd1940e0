#pragma once

#include "sample/samplecatalogue.h"
#include "storage/catalogue.h"

#include <QTemporaryDir>

#include <memory>

namespace entente::test {

// A fresh catalogue in its own temporary folder, built by the real migrations.
class TestCatalogue
{
public:
    TestCatalogue();
    explicit operator bool() const { return m_catalogue != nullptr; }
    Catalogue &operator*() const { return *m_catalogue; }
    Catalogue *operator->() const { return m_catalogue.get(); }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    // Writes the sample meeting and returns its ids.
    SampleCatalogue::Ids addSample();
    void close() { m_catalogue.reset(); }
    bool reopen();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Catalogue> m_catalogue;
};

// How many rows a table holds, read through a separate plain connection.
qint64 rowCount(const QString &cataloguePath, const QString &table);

} // namespace entente::test
