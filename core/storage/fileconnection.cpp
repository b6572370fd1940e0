#include "fileconnection.h"

#include "storage/sqlquery.h"

#include <QAtomicInteger>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace entente {

namespace {

QString uniqueName()
{
    static QAtomicInteger<quint64> counter;
    return u"entente-file-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

FileConnection::FileConnection(const QString &path, Mode mode)
    : m_name(uniqueName())
{
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
    m_db.setDatabaseName(path);
    if (mode == Mode::ReadOnly)
        m_db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
}

FileConnection::~FileConnection()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

Status FileConnection::open(const QString &what)
{
    if (m_db.open())
        return {};
    return SqlQuery::toError(m_db.lastError(), what, m_db.lastError().text());
}

} // namespace entente
