#pragma once

#include "storage/persondirectory.h"

#include <QLineEdit>

#include <functional>

class QCompleter;

namespace entente {

class PersonCompletionModel;

// A person field: typing a name in Latin or native script offers the catalogue's people whose
// names start like it (and a "New person …" entry for a name the catalogue does not know).
class PersonLineEdit : public QLineEdit
{
    Q_OBJECT

public:
    using Lookup = std::function<QList<PersonSummary>(const QString &text)>;

    explicit PersonLineEdit(QWidget *parent = nullptr);
    void setLookup(Lookup lookup) { m_lookup = std::move(lookup); }
    void setCountryNames(const QHash<QString, QString> &names);
    // Offer "New person …" among the completions (off for fields that only pick).
    void setOfferToCreate(bool offer) { m_offerToCreate = offer; }
    // The person picked from the list; 0 once the text is edited again.
    qint64 personId() const { return m_personId; }
    void setPerson(qint64 id, const QString &name);

Q_SIGNALS:
    void personChosen(qint64 id);
    void createRequested(const QString &name);

private:
    void lookUp(const QString &text);
    void activate(const QModelIndex &index);

    PersonCompletionModel *m_model;
    QCompleter *m_completer;
    Lookup m_lookup;
    qint64 m_personId = 0;
    bool m_offerToCreate = true;
};

} // namespace entente
