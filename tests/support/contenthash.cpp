#include "contenthash.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace entente::test {

QStringList tableLines(const QSqlDatabase &db, const QString &table, const QStringList &skip)
{
    // Table names come from the schema or the test itself, never from input.
    QSqlQuery info(db);
    info.exec(u"SELECT name, pk FROM pragma_table_info('"_s + table + u"') ORDER BY cid"_s);
    QStringList columns;
    QList<std::pair<int, QString>> key;
    while (info.next()) {
        const QString name = info.value(0).toString();
        columns.append(name);
        if (info.value(1).toInt() > 0)
            key.append({info.value(1).toInt(), name});
    }
    info.finish();
    QSqlQuery kind(db);
    kind.exec(u"SELECT sql FROM sqlite_schema WHERE name = '"_s + table + u"'"_s);
    const QString sql = kind.next() ? kind.value(0).toString() : QString();
    kind.finish();
    const bool withoutRowid = sql.contains(u"WITHOUT ROWID"_s, Qt::CaseInsensitive);
    std::sort(key.begin(), key.end());
    QStringList order;
    for (const auto &k : std::as_const(key))
        order.append(k.second);
    QString orderBy = withoutRowid ? order.join(u", "_s) : u"rowid"_s;

    QStringList selected;
    for (const QString &c : std::as_const(columns)) {
        if (!skip.contains(c))
            selected.append(u"quote(\""_s + c + u"\")"_s);
    }
    if (!withoutRowid)
        selected.prepend(u"rowid"_s);
    QSqlQuery rows(db);
    rows.exec(u"SELECT "_s + selected.join(u", "_s) + u" FROM \""_s + table + u"\" ORDER BY "_s +
              orderBy);
    QStringList lines;
    while (rows.next()) {
        QStringList fields;
        for (int i = 0; i < rows.record().count(); ++i)
            fields.append(rows.value(i).toString());
        lines.append(fields.join(u'|'));
    }
    return lines;
}

QByteArray contentHash(const QString &cataloguePath)
{
    const QString name = QUuid::createUuid().toString();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(cataloguePath);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            QSqlQuery tables(db);
            tables.exec(u"SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE "
                        "'sqlite_%' ORDER BY name"_s);
            QStringList names;
            while (tables.next())
                names.append(tables.value(0).toString());
            tables.finish();
            for (const QString &table : std::as_const(names)) {
                hash.addData(table.toUtf8());
                for (const QString &line : tableLines(db, table))
                    hash.addData((line + u'\n').toUtf8());
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return hash.result().toHex();
}

} // namespace entente::test
