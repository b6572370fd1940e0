#pragma once

#include "domain/partialdateparser.h"
#include "import/csvcolumns.h"
#include "import/csvreader.h"
#include "import/importrecord.h"

#include <QCoreApplication>
#include <QHash>

namespace entente {

// Turns the records of a CSV file into ImportRecords through a column mapping, reading the cells
// as docs/csv-format.md writes them: "; " between several values, "RUS (host)" for a party,
// "RUS: Sergey Lavrov (Minister of Foreign Affairs)" for a delegation member, "Title [kind,
// action, date, period START/END]" for a document. Dates may also be typed as people do
// ("25.11.2009", "Nov 2009"), countries given by name ("Russia", "Беларусь") as well as by code
// (the importer resolves them), and a cell that Entente's export protected from spreadsheets
// ("'=…") reads back without its quote. One decoder reads one file: the same name in several
// rows is one person of the file.
class MeetingCsvDecoder
{
    Q_DECLARE_TR_FUNCTIONS(MeetingCsvDecoder)

public:
    explicit MeetingCsvDecoder(CsvColumns columns);

    ImportRecord decode(const CsvReader::Record &record);

private:
    QString cell(const CsvReader::Record &record, const QString &field) const;
    PartialDate date(const QString &text, const QString &field, ImportRecord &out) const;
    qint64 number(const QString &text, const QString &field, ImportRecord &out) const;
    void parties(const QString &text, ImportRecord &out) const;
    void delegates(const QString &text, bool heads, ImportRecord &out);
    void documents(const QString &text, ImportRecord &out) const;
    void sources(const QString &text, ImportRecord &out) const;
    qint64 personId(const QString &name, ImportRecord &out);

    CsvColumns m_columns;
    PartialDateParser m_dates;
    QHash<QString, qint64> m_people; // match key of a name -> the file's id for that person
    qint64 m_line = 0;
};

} // namespace entente
