#pragma once

#include "domain/person.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QLocale>

namespace entente {

// A person's history of posts: title, organisation, country, from, to. Edit roles: text, the
// country's alpha-3 code, a PartialDate for the dates.
class PositionsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit PositionsModel(QObject *parent = nullptr);

    void setCountryNames(QHash<QString, QString> names) { m_countries = std::move(names); }
    void setLocale(const QLocale &locale) { m_locale = locale; }
    void setPositions(const QList<Position> &positions);
    QList<Position> positions() const { return m_positions; }
    QModelIndex addPosition(const QString &country);
    void removePosition(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    void edited();

private:
    QList<Position> m_positions;
    QHash<QString, QString> m_countries;
    QLocale m_locale;
};

} // namespace entente
