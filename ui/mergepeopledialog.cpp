#include "mergepeopledialog.h"

#include "personlineedit.h"
#include "storage/persondirectory.h"
#include "storage/personrepository.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace entente {

MergePeopleDialog::MergePeopleDialog(const Catalogue &catalogue, qint64 dropId,
                                     const QHash<QString, QString> &countries, QWidget *parent)
    : QDialog(parent)
    , m_person(new PersonLineEdit(this))
    , m_explanation(new QLabel(this))
{
    setObjectName(u"mergePeopleDialog"_s);
    setWindowTitle(tr("Merge People"));
    QString name;
    if (auto drop = PersonRepository(catalogue).get(dropId))
        name = drop->displayName();
    m_person->setObjectName(u"keepPerson"_s);
    m_person->setAccessibleName(tr("Person to keep"));
    m_person->setOfferToCreate(false);
    m_person->setCountryNames(countries);
    m_person->setLookup([&catalogue, dropId](const QString &text) {
        auto found = PersonDirectory(catalogue).complete(text);
        QList<PersonSummary> others;
        if (found) {
            for (const PersonSummary &p : std::as_const(*found)) {
                if (p.id != dropId)
                    others.append(p);
            }
        }
        return others;
    });
    m_explanation->setWordWrap(true);
    m_explanation->setText(
        tr("“%1” and the person you choose are the same person. The record you choose is kept: "
           "the names of “%1” become its other spellings, and every delegation that lists “%1” "
           "lists it instead. Edit ▸ Undo takes the merge back.")
            .arg(name));
    auto *label = new QLabel(tr("&Keep:"), this);
    label->setBuddy(m_person);
    auto *form = new QFormLayout;
    form->addRow(label, m_person);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Merge"));
    ok->setEnabled(false);
    connect(m_person, &QLineEdit::textChanged, ok, [this, ok] { ok->setEnabled(keepId() > 0); });
    connect(m_person, &PersonLineEdit::personChosen, ok, [ok] { ok->setEnabled(true); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_explanation);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

qint64 MergePeopleDialog::keepId() const
{
    return m_person->personId();
}

} // namespace entente
