#include "cataloguedump.h"

#include "storage/catalogue.h"
#include "storage/catalogueconnection.h"

#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace entente::test {

namespace {
const QStringList internalIdTables = {u"delegations"_s, u"delegation_members"_s, u"sources"_s,
                                      u"person_aliases"_s, u"positions"_s};
} // namespace

QStringList dumpCatalogue(const Catalogue &catalogue)
{
    const QSqlDatabase db = CatalogueConnection::of(catalogue);
    QStringList tables;
    QStringList virtualTables;
    QSqlQuery schema(db);
    schema.exec(u"SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE "
                "'sqlite_%' ORDER BY name"_s);
    while (schema.next()) {
        tables.append(schema.value(0).toString());
        if (schema.value(1).toString().startsWith(u"CREATE VIRTUAL"_s))
            virtualTables.append(schema.value(0).toString());
    }
    schema.finish();

    QStringList lines;
    for (const QString &table : std::as_const(tables)) {
        const bool shadow =
            std::any_of(virtualTables.cbegin(), virtualTables.cend(),
                        [&](const QString &v) { return table.startsWith(v + u'_'); });
        if (shadow)
            continue;
        // Table names come from the schema itself, never from input.
        QSqlQuery rows(db);
        const bool isVirtual = virtualTables.contains(table);
        if (table == u"delegation_members")
            rows.exec(u"SELECT d.meeting_id, d.country_code, m.* FROM delegation_members m "
                      "JOIN delegations d ON d.id = m.delegation_id"_s);
        else
            rows.exec(u"SELECT "_s % (isVirtual ? u"rowid, "_s : QString()) % u"* FROM "_s % table);
        // Rows that storage rewrites on every save get new surrogate ids each time; nothing
        // outside their record refers to them, so only their content is compared.
        const bool internalIds = internalIdTables.contains(table);
        while (rows.next()) {
            const QSqlRecord record = rows.record();
            QStringList fields;
            for (int i = 0; i < record.count(); ++i) {
                const QString name = record.fieldName(i);
                if (name == u"version" || name == u"updated_at" || name == u"created_at")
                    continue;
                if (internalIds && (name == u"id" || name == u"delegation_id"))
                    continue;
                const QVariant value = record.value(i);
                // BLOBs (sort keys) as hex: as text, different bytes could read the same.
                const QString text = value.typeId() == QMetaType::QByteArray
                                         ? QString::fromLatin1(value.toByteArray().toHex())
                                         : value.toString();
                fields.append(name % u'=' % (value.isNull() ? u"NULL"_s : text));
            }
            lines.append(table % u": "_s % fields.join(u" | "_s));
        }
    }
    lines.sort();
    return lines;
}

QString dumpDifference(const QStringList &before, const QStringList &after)
{
    QStringList out;
    for (const QString &line : before) {
        if (!after.contains(line))
            out.append(u"- "_s % line);
    }
    for (const QString &line : after) {
        if (!before.contains(line))
            out.append(u"+ "_s % line);
    }
    return out.join(u'\n');
}

} // namespace entente::test
