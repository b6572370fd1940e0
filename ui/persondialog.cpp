#include "persondialog.h"

#include "countrycombo.h"
#include "fieldmarks.h"
#include "messagestrip.h"
#include "partialdateedit.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace entente {

namespace {
bool isCyrillic(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.script() == QChar::Script_Cyrillic; });
}
} // namespace

PersonDialog::PersonDialog(const QHash<QString, QString> &countries, QWidget *parent)
    : QDialog(parent)
    , m_latin(new QLineEdit(this))
    , m_native(new QLineEdit(this))
    , m_country(new CountryCombo(this))
    , m_position(new QLineEdit(this))
    , m_organisation(new QLineEdit(this))
    , m_since(new PartialDateEdit(this))
    , m_message(new MessageStrip(this))
{
    setWindowTitle(tr("New Person"));
    m_latin->setObjectName(u"nameLatin"_s);
    m_native->setObjectName(u"nameNative"_s);
    m_country->setObjectName(u"country"_s);
    m_position->setObjectName(u"position"_s);
    m_organisation->setObjectName(u"organisation"_s);
    m_since->setObjectName(u"positionSince"_s);
    m_country->setCountries(countries);
    m_country->setCountry(QString());
    m_latin->setPlaceholderText(tr("Sergey Lavrov"));
    m_native->setPlaceholderText(tr("Сергей Лавров"));
    m_position->setPlaceholderText(tr("Minister of Foreign Affairs"));
    m_since->setPlaceholderText(tr("when they took up the post"));

    auto *form = new QFormLayout;
    const auto row = [&](const QString &label, QWidget *field, const QString &accessible) {
        auto *buddy = new QLabel(label, this);
        buddy->setBuddy(field);
        field->setAccessibleName(accessible);
        form->addRow(buddy, field);
    };
    row(tr("Name (&Latin script):"), m_latin, tr("Name in Latin script"));
    row(tr("Name (&native script):"), m_native, tr("Name in native script"));
    row(tr("&Country:"), m_country, tr("Country"));
    row(tr("&Position:"), m_position, tr("Position"));
    row(tr("&Organisation:"), m_organisation, tr("Organisation"));
    row(tr("&Since:"), m_since, tr("Position held since"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add Person"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PersonDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

void PersonDialog::setName(const QString &name)
{
    (isCyrillic(name) ? m_native : m_latin)->setText(name.trimmed());
}

void PersonDialog::setCountry(const QString &code)
{
    m_country->setCountry(code);
}

Person PersonDialog::person() const
{
    Person p;
    p.nameLatin = m_latin->text().trimmed();
    p.nameNative = m_native->text().trimmed();
    p.country = m_country->country();
    if (!m_position->text().trimmed().isEmpty()) {
        Position post;
        post.title = m_position->text().trimmed();
        post.organisation = m_organisation->text().trimmed();
        post.country = p.country;
        post.from = m_since->date();
        p.positions.append(post);
    }
    return p;
}

void PersonDialog::accept()
{
    for (QWidget *field : {static_cast<QWidget *>(m_latin), static_cast<QWidget *>(m_country),
                           static_cast<QWidget *>(m_since)})
        FieldMarks::clear(field);
    QStringList problems;
    if (const QString p = m_country->problem(); !p.isEmpty()) {
        FieldMarks::mark(m_country, p);
        problems.append(tr("Country: %1").arg(p));
    }
    if (const QString p = m_since->problem(); !p.isEmpty()) {
        FieldMarks::mark(m_since, p);
        problems.append(tr("Since: %1").arg(p));
    }
    for (const FieldProblem &p : person().validate()) {
        FieldMarks::mark(p.field == QCoreApplication::translate("Person", "name") ? m_latin
                                                                                  : m_position,
                         p.message);
        problems.append(p.message);
    }
    if (!problems.isEmpty()) {
        m_message->showMessage(MessageStrip::Kind::Problem, problems.join(u'\n'));
        return;
    }
    QDialog::accept();
}

} // namespace entente
