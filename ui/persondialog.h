#pragma once

#include "domain/person.h"

#include <QDialog>
#include <QHash>

class QLineEdit;

namespace entente {

class CountryCombo;
class MessageStrip;
class PartialDateEdit;

// Adds a person quickly, from where the name was typed (a delegation): names in both scripts,
// country and the post they hold. The people manager edits everything else.
class PersonDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PersonDialog(const QHash<QString, QString> &countries, QWidget *parent = nullptr);

    // Prefills the name in the field of its script, and the country.
    void setName(const QString &name);
    void setCountry(const QString &code);
    Person person() const;
    void accept() override;

private:
    QLineEdit *m_latin;
    QLineEdit *m_native;
    CountryCombo *m_country;
    QLineEdit *m_position;
    QLineEdit *m_organisation;
    PartialDateEdit *m_since;
    MessageStrip *m_message;
};

} // namespace entente
