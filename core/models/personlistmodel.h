#pragma once

#include "storage/persondirectory.h"

#include <QAbstractTableModel>
#include <QCollator>
#include <QHash>

namespace entente {

// Everybody in the catalogue, sorted by name the way the reader's language sorts (Latin and
// Cyrillic names together, through QCollator), with their native name, country and how many
// meetings they took part in. The people manager lists it; it holds plain values, read by the
// caller from PersonDirectory.
class PersonListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit PersonListModel(QObject *parent = nullptr);

    void setLocale(const QLocale &locale);
    void setCountryNames(QHash<QString, QString> names) { m_countries = std::move(names); }
    void setPeople(QList<PersonSummary> people);
    const PersonSummary &person(int row) const { return m_people.at(row); }
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    QString text(const PersonSummary &p, int column) const;

    QList<PersonSummary> m_people;
    QHash<QString, QString> m_countries;
    QCollator m_collator;
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace entente
