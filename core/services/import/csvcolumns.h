#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace entente {

// Which meeting field each column of a CSV file holds. Fields are named by the column names of
// Entente's own CSV export (docs/csv-format.md: "title", "start_date", "heads_of_delegation", …),
// plus "date" for a single date column; an empty name leaves the column out.
class CsvColumns
{
    Q_DECLARE_TR_FUNCTIONS(CsvColumns)

public:
    CsvColumns() = default;
    explicit CsvColumns(QStringList fields)
        : m_fields(std::move(fields))
    {}

    // A guess from the header's names, in English or Russian ("Date", "Дата", "Главы делегаций"),
    // in any case, with spaces, underscores or hyphens.
    static CsvColumns guess(const QStringList &header);
    // Every field a column can hold, in the export's order, "date" after "end_date".
    static QStringList knownFields();
    // The header of Entente's own export (every export column, by its name): read without asking.
    static bool isEntenteExport(const QStringList &header);

    const QStringList &fields() const { return m_fields; }
    QString field(qsizetype column) const { return m_fields.value(column); }
    void setField(qsizetype column, const QString &field);
    // The column holding `field`, or -1.
    qsizetype column(const QString &field) const { return m_fields.indexOf(field); }
    // What a file needs to make meetings of: a title and a date.
    bool isUsable() const;
    // Why not, for a person: "no column holds the title".
    QString missing() const;

private:
    QStringList m_fields;
};

} // namespace entente
