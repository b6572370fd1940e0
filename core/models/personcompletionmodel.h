#pragma once

#include "storage/persondirectory.h"

#include <QAbstractListModel>
#include <QHash>

namespace entente {

// What a person field offers while the user types: the people whose names start like the text
// (looked up by the caller through PersonDirectory::complete), and last an offer to create a new
// person with the typed name. Role::Id is the person's id, 0 for the offer.
class PersonCompletionModel : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit PersonCompletionModel(QObject *parent = nullptr);

    void setCountryNames(QHash<QString, QString> names) { m_countries = std::move(names); }
    // `typed` is what the user wrote; an empty one makes no offer to create.
    void setMatches(QList<PersonSummary> people, const QString &typed);
    const PersonSummary *person(int row) const;
    QString typed() const { return m_typed; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<PersonSummary> m_people;
    QString m_typed;
    QHash<QString, QString> m_countries;
};

} // namespace entente
