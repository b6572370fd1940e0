#include "newmeetingdialog.h"

#include "countrycombo.h"
#include "duplicatewarningdialog.h"
#include "fieldmarks.h"
#include "messagestrip.h"
#include "partialdateedit.h"

#include <QCollator>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace entente {

NewMeetingDialog::NewMeetingDialog(const DisplayLabels &labels, DuplicateCheck check,
                                   QWidget *parent)
    : QDialog(parent)
    , m_check(std::move(check))
    , m_message(new MessageStrip(this))
    , m_title(new QLineEdit(this))
    , m_datePlace(this)
    , m_format(new QComboBox(this))
    , m_host(new CountryCombo(this))
    , m_guest(new CountryCombo(this))
{
    setObjectName(u"newMeetingDialog"_s);
    setWindowTitle(tr("New Meeting"));
    const QList<std::tuple<QWidget *, QString, QString>> fields = {
        {m_title, u"title"_s, tr("Title")},
        {m_format, u"format"_s, tr("Format")},
        {m_host, u"host"_s, tr("Host country")},
        {m_guest, u"guest"_s, tr("Guest country")}};
    for (const auto &[widget, name, accessible] : fields) {
        widget->setObjectName(name);
        widget->setAccessibleName(accessible);
    }
    m_datePlace.placeCountry()->setCountries(labels.countriesOnly());
    m_datePlace.placeCountry()->setCountry(QString());
    for (CountryCombo *combo : {m_host, m_guest}) {
        combo->setCountries(labels.countries);
        combo->setCountry(QString());
    }
    QList<std::pair<QString, QString>> formats;
    for (auto it = labels.formats.cbegin(); it != labels.formats.cend(); ++it)
        formats.append({it.value(), it.key()});
    QCollator collator(locale());
    std::sort(formats.begin(), formats.end(),
              [&](const auto &a, const auto &b) { return collator.compare(a.first, b.first) < 0; });
    for (const auto &[label, code] : formats)
        m_format->addItem(label, code);
    m_format->setCurrentIndex(m_format->findData(u"talks"_s));
    m_title->setPlaceholderText(tr("e.g. Talks of the foreign ministers"));

    auto *form = new QFormLayout;
    const auto row = [&](const QString &label, QWidget *field, QLayout *layout = nullptr) {
        auto *buddy = new QLabel(label, this);
        buddy->setBuddy(field);
        if (layout)
            form->addRow(buddy, layout);
        else
            form->addRow(buddy, field);
    };
    row(tr("&Title:"), m_title);
    row(tr("&Starts:"), m_datePlace.start());
    row(tr("&Ends:"), m_datePlace.end());
    row(tr("&Place:"), m_datePlace.place(), m_datePlace.placeLayout());
    row(tr("&Format:"), m_format);
    row(tr("&Host:"), m_host);
    row(tr("&Guest:"), m_guest);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create Meeting"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewMeetingDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

void NewMeetingDialog::setTemplate(const Meeting &meeting)
{
    m_template = meeting;
    m_template.id = 0;
    m_template.parentId = 0;
    m_template.documents.clear();
    m_template.sources.clear();
    m_template.subEvents.clear();
    setWindowTitle(tr("Duplicate Meeting"));
    m_title->setText(meeting.title);
    m_datePlace.start()->setDate(meeting.start);
    m_datePlace.end()->setDate(meeting.effectiveEnd() == meeting.start ? PartialDate()
                                                                       : meeting.end);
    m_datePlace.place()->setText(meeting.place);
    m_datePlace.placeCountry()->setCountry(meeting.placeCountry);
    m_format->setCurrentIndex(m_format->findData(meeting.format));
    for (const Party &p : meeting.parties) {
        if (p.role == PartyRole::Host && m_host->country().isEmpty())
            m_host->setCountry(p.country);
        else if (m_guest->country().isEmpty())
            m_guest->setCountry(p.country);
    }
}

Meeting NewMeetingDialog::meeting() const
{
    Meeting m = m_template;
    m.title = m_title->text().trimmed();
    m.start = m_datePlace.start()->date();
    m.end = m_datePlace.end()->date() == m.start ? PartialDate() : m_datePlace.end()->date();
    m.place = m_datePlace.place()->text().trimmed();
    m.placeCountry = m_datePlace.placeCountry()->country();
    m.format = m_format->currentData().toString();
    // Parties as given here; delegations of countries no longer taking part are dropped.
    QList<Party> parties;
    if (!m_host->country().isEmpty())
        parties.append({m_host->country(), PartyRole::Host});
    if (!m_guest->country().isEmpty() && m_guest->country() != m_host->country())
        parties.append({m_guest->country(), PartyRole::Guest});
    for (const Party &p : std::as_const(m_template.parties)) {
        if (!std::any_of(parties.cbegin(), parties.cend(),
                         [&](const Party &q) { return q.country == p.country; }) &&
            p.role == PartyRole::Participant)
            parties.append(p);
    }
    m.parties = parties;
    m.delegations.removeIf([&](const Delegation &d) { return !m.party(d.country); });
    return m;
}

bool NewMeetingDialog::check()
{
    QStringList problems;
    for (QWidget *field : findChildren<QWidget *>()) {
        if (FieldMarks::isMarked(field))
            FieldMarks::clear(field);
    }
    const auto refuse = [&](QWidget *field, const QString &label, const QString &problem) {
        FieldMarks::mark(field, problem);
        problems.append(label.arg(problem));
    };
    for (auto [field, label] : {std::pair{m_datePlace.start(), tr("Start date: %1")},
                                std::pair{m_datePlace.end(), tr("End date: %1")}}) {
        if (field->date().isNull() && !field->problem().isEmpty())
            refuse(field, label, field->problem());
    }
    for (auto [field, label] :
         {std::pair{m_datePlace.placeCountry(), tr("Country of the place: %1")},
          std::pair{m_host, tr("Host: %1")}, std::pair{m_guest, tr("Guest: %1")}}) {
        if (const QString p = field->problem(); !p.isEmpty())
            refuse(field, label, p);
    }
    if (problems.isEmpty()) {
        const Meeting m = meeting();
        const QHash<QString, QWidget *> fields = {
            {QCoreApplication::translate("Meeting", "title"), m_title},
            {QCoreApplication::translate("Meeting", "start date"), m_datePlace.start()},
            {QCoreApplication::translate("Meeting", "end date"), m_datePlace.end()}};
        for (const FieldProblem &p : m.validate()) {
            const QString field = p.field;
            refuse(fields.value(field, m_title), field.at(0).toUpper() + field.mid(1) + u": %1"_s,
                   p.message);
        }
    }
    if (!problems.isEmpty())
        m_message->showMessage(MessageStrip::Kind::Problem, problems.join(u'\n'));
    return problems.isEmpty();
}

void NewMeetingDialog::accept()
{
    if (!check())
        return;
    if (m_check) {
        const QList<MeetingSummary> existing = m_check(meeting());
        if (!existing.isEmpty()) {
            DuplicateWarningDialog warning(existing, this);
            const int outcome = warning.exec();
            if (outcome == DuplicateWarningDialog::OpenExisting) {
                m_open = warning.chosenMeeting();
                QDialog::reject();
                return;
            }
            if (outcome != DuplicateWarningDialog::CreateAnyway)
                return; // back to the form, as typed
        }
    }
    QDialog::accept();
}

} // namespace entente
