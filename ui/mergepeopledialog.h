#pragma once

#include <QDialog>
#include <QHash>

class QLabel;

namespace entente {

class Catalogue;
class PersonLineEdit;

// Which record to keep when two are one person: the other is picked by typing their name; the
// dialog says what will happen (names become other spellings, delegations move over).
class MergePeopleDialog : public QDialog
{
    Q_OBJECT

public:
    MergePeopleDialog(const Catalogue &catalogue, qint64 dropId,
                      const QHash<QString, QString> &countries, QWidget *parent = nullptr);
    qint64 keepId() const;
    PersonLineEdit *personField() const { return m_person; }

private:
    PersonLineEdit *m_person;
    QLabel *m_explanation;
};

} // namespace entente
