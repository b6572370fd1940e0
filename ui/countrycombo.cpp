#include "countrycombo.h"

#include "domain/countryresolver.h"
#include "domain/namefolding.h"

#include <QCollator>
#include <QCompleter>
#include <QLineEdit>

#include <algorithm>

namespace entente {

CountryCombo::CountryCombo(QWidget *parent)
    : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setMaxVisibleItems(16);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(12);
    lineEdit()->setPlaceholderText(tr("Country"));
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    connect(this, &QComboBox::activated, this, &CountryCombo::commitIfChanged);
    connect(lineEdit(), &QLineEdit::editingFinished, this, &CountryCombo::commitIfChanged);
}

CountryCombo::~CountryCombo()
{
    // Children lose focus while the widget goes, and a field that loses focus finishes its
    // entry: its signals must not reach this half-destroyed object.
    for (QObject *child : findChildren<QObject *>())
        child->disconnect(this);
}

void CountryCombo::setCountries(const QHash<QString, QString> &names)
{
    const QString current = country();
    QList<std::pair<QString, QString>> sorted;
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        sorted.append({it.value(), it.key()});
    QCollator collator(locale());
    std::sort(sorted.begin(), sorted.end(),
              [&](const auto &a, const auto &b) { return collator.compare(a.first, b.first) < 0; });
    const QSignalBlocker blocker(this);
    clear();
    m_organisations = false;
    for (const auto &[name, code] : sorted) {
        addItem(name, code);
        m_organisations = m_organisations || CountryResolver::builtIn().isOrganisation(code);
    }
    lineEdit()->setPlaceholderText(m_organisations ? tr("Country or organisation") : tr("Country"));
    setCountry(current);
}

void CountryCombo::setCountry(const QString &code)
{
    const QSignalBlocker blocker(this);
    const int row = code.isEmpty() ? -1 : findData(code);
    setCurrentIndex(row);
    if (row < 0)
        setEditText(code);
    m_committedText = currentText();
}

QString CountryCombo::country() const
{
    const QString text = currentText().trimmed();
    if (text.isEmpty())
        return {};
    const int exact = findText(text, Qt::MatchFixedString);
    if (exact >= 0)
        return itemData(exact).toString();
    // A code typed as such ("BLR"), or a name in another case or with other accents.
    const QString folded = NameFolding::fold(text);
    for (int i = 0; i < count(); ++i) {
        if (itemData(i).toString().compare(text, Qt::CaseInsensitive) == 0 ||
            NameFolding::fold(itemText(i)) == folded)
            return itemData(i).toString();
    }
    // Any other name of one of the list: "Byelorussia", "U.K.", "ЕС".
    const CountryResolver &names = CountryResolver::builtIn();
    const QString code = m_organisations ? names.resolveParty(text) : names.resolve(text);
    return findData(code) >= 0 ? code : QString();
}

QString CountryCombo::problem() const
{
    if (currentText().trimmed().isEmpty() || !country().isEmpty())
        return {};
    if (m_organisations)
        return tr("there is no country or organisation called “%1”").arg(currentText().trimmed());
    return tr("there is no country called “%1”").arg(currentText().trimmed());
}

void CountryCombo::commitIfChanged()
{
    if (currentText() == m_committedText)
        return;
    m_committedText = currentText();
    Q_EMIT committed();
}

} // namespace entente
