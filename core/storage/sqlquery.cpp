#include "sqlquery.h"

#include "domain/logging.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace entente {

namespace {

bool holdsOneStatement(const QString &sql)
{
    const qsizetype semicolon = sql.indexOf(u';');
    return semicolon < 0 || sql.mid(semicolon + 1).trimmed().isEmpty();
}

QString describeBindings(const QSqlQuery &query)
{
    QStringList parts;
    const QVariantList values = query.boundValues();
    for (const QVariant &value : values)
        parts.append(value.isNull() ? u"NULL"_s : value.toString().left(200));
    return parts.join(u", "_s);
}

} // namespace

SqlQuery::SqlQuery(const QSqlDatabase &db, const QString &sql)
    : m_query(db)
    , m_sql(sql)
{
    if (!holdsOneStatement(sql)) {
        m_prepareError = u"more than one statement in one query"_s;
        return;
    }
    m_prepared = m_query.prepare(sql);
    if (!m_prepared)
        m_prepareError = m_query.lastError().text();
}

SqlQuery &SqlQuery::bind(const QString &placeholder, const QVariant &value)
{
    // Qt binds a null QString as SQL NULL; an empty text is meant as ''. NULL is asked for with
    // an invalid QVariant.
    if (value.typeId() == QMetaType::QString && value.toString().isNull()) {
        m_query.bindValue(placeholder, QString(u""_s));
        return *this;
    }
    m_query.bindValue(placeholder, value);
    return *this;
}

SqlQuery &SqlQuery::bind(int position, const QVariant &value)
{
    if (value.typeId() == QMetaType::QString && value.toString().isNull()) {
        m_query.bindValue(position, QString(u""_s));
        return *this;
    }
    m_query.bindValue(position, value);
    return *this;
}

Status SqlQuery::exec(const QString &what)
{
    if (!m_prepared) {
        qCWarning(lcStorage).noquote() << "cannot prepare:" << m_sql << "-" << m_prepareError;
        Error error = toError(m_query.lastError(), what, m_sql % u" — "_s % m_prepareError);
        return error;
    }
    if (m_query.exec())
        return {};
    const QString detail =
        m_sql % u" [" % describeBindings(m_query) % u"] — "_s % m_query.lastError().text();
    qCWarning(lcStorage).noquote() << "query failed:" << detail;
    return toError(m_query.lastError(), what, detail);
}

Status SqlQuery::rowsEnded(const QString &what) const
{
    const QSqlError error = m_query.lastError();
    if (!error.isValid())
        return {};
    const QString detail = m_sql % u" — "_s % error.text();
    qCWarning(lcStorage).noquote() << "reading rows failed:" << detail;
    return toError(error, what, detail);
}

Result<QVariant> SqlQuery::scalar(const QString &what)
{
    if (Status s = exec(what); !s)
        return s.error();
    if (!m_query.next()) {
        if (Status s = rowsEnded(what); !s)
            return s.error();
        return Error{Error::Kind::Storage, what, m_sql % u" — no row returned"_s};
    }
    QVariant value = m_query.value(0);
    m_query.finish();
    return value;
}

Error SqlQuery::toError(const QSqlError &error, const QString &what, const QString &detail)
{
    // nativeErrorCode is SQLite's result code; the low byte is the primary code.
    const int code = error.nativeErrorCode().toInt() & 0xff;
    switch (code) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return {Error::Kind::CatalogueUnusable,
                what % u": "_s % tr("the catalogue is locked by another program; try again later"),
                detail};
    case 8: // SQLITE_READONLY
        return {Error::Kind::ReadOnly, what % u": "_s % tr("the catalogue is read-only"), detail};
    case 9: // SQLITE_INTERRUPT: StatementInterrupt, on a cancel
        return {Error::Kind::Storage, what % u": "_s % tr("stopped on request"), detail};
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return {Error::Kind::CatalogueUnusable,
                what % u": "_s % tr("the catalogue file is damaged; restore it from a backup copy"),
                detail};
    case 13: // SQLITE_FULL
        return {Error::Kind::Storage, what % u": "_s % tr("the disk is full; nothing was changed"),
                detail};
    case 19: // SQLITE_CONSTRAINT
        return {Error::Kind::Invalid,
                what % u": "_s % tr("the data breaks a rule of the catalogue"), detail};
    default:
        return {Error::Kind::Storage, what, detail};
    }
}

QString escapeLike(QStringView text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (QChar c : text) {
        if (c == u'%' || c == u'_' || c == u'\\')
            escaped.append(u'\\');
        escaped.append(c);
    }
    return escaped;
}

} // namespace entente
