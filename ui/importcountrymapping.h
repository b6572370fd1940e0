#pragma once

#include <QHash>
#include <QStringList>
#include <QTableWidget>

namespace entente {

// The country names of an import file that no rule reads ("Rusia", a ministry's own spelling),
// each with a country chosen for it once for the whole file. The choices are kept in the
// settings for every later file (like the columns chosen for a header), and the import reads them
// before the catalogue's names.
class ImportCountryMapping : public QTableWidget
{
    Q_OBJECT

public:
    explicit ImportCountryMapping(QWidget *parent = nullptr);

    // Country codes to the names shown for them, in the reader's language.
    void setCountries(const QHash<QString, QString> &names);
    // One row for each name, with the country already chosen for it, if any.
    void setNames(const QStringList &names);
    // The names given a country so far, by this table or before.
    static QHash<QString, QString> remembered();

Q_SIGNALS:
    void mappingChanged();

private:
    void remember(const QString &name, const QString &code);

    QHash<QString, QString> m_countries;
};

} // namespace entente
