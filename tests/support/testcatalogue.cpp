#include "testcatalogue.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace entente::test {

TestCatalogue::TestCatalogue()
    : m_path(m_dir.filePath(u"test.entente"_s))
{
    reopen();
}

bool TestCatalogue::reopen()
{
    m_catalogue.reset();
    Catalogue::Options options;
    options.createIfMissing = true;
    auto opened = Catalogue::open(m_path, options);
    if (!opened) {
        qWarning().noquote() << opened.error().message << opened.error().detail;
        return false;
    }
    m_catalogue = std::move(opened).value();
    return true;
}

SampleCatalogue::Ids TestCatalogue::addSample()
{
    auto ids = SampleCatalogue::write(*m_catalogue);
    if (!ids) {
        qWarning().noquote() << ids.error().message << ids.error().detail;
        return {};
    }
    return *ids;
}

qint64 rowCount(const QString &cataloguePath, const QString &table)
{
    const QString name = QUuid::createUuid().toString();
    qint64 count = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(cataloguePath);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            QSqlQuery q(db);
            // Test-only helper: the table name comes from the test itself, never from input.
            if (q.exec(u"SELECT count(*) FROM "_s + table) && q.next())
                count = q.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return count;
}

} // namespace entente::test
