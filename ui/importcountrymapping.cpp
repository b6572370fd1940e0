#include "importcountrymapping.h"

#include "countrycombo.h"
#include "domain/countryresolver.h"

#include <QHeaderView>
#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace entente {

namespace {

const QString settingsKey = u"import/countryNames"_s;

} // namespace

ImportCountryMapping::ImportCountryMapping(QWidget *parent)
    : QTableWidget(0, 3, parent)
{
    setObjectName(u"importCountries"_s);
    setHorizontalHeaderLabels({tr("Written in the file"), tr("Country"), tr("Closest names")});
    setAccessibleName(tr("Countries the file names that are not recognised"));
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::NoSelection);
}

void ImportCountryMapping::setCountries(const QHash<QString, QString> &names)
{
    m_countries = names;
}

QHash<QString, QString> ImportCountryMapping::remembered()
{
    QHash<QString, QString> mapping;
    const QVariantMap saved = QSettings().value(settingsKey).toMap();
    for (auto it = saved.cbegin(); it != saved.cend(); ++it)
        mapping.insert(it.key(), it.value().toString());
    return mapping;
}

void ImportCountryMapping::remember(const QString &name, const QString &code)
{
    QSettings settings;
    QVariantMap saved = settings.value(settingsKey).toMap();
    if (code.isEmpty())
        saved.remove(name);
    else
        saved.insert(name, code);
    settings.setValue(settingsKey, saved);
}

void ImportCountryMapping::setNames(const QStringList &names)
{
    const QHash<QString, QString> chosen = remembered();
    setRowCount(0);
    setRowCount(int(names.size()));
    for (int row = 0; row < names.size(); ++row) {
        const QString &name = names.at(row);
        setItem(row, 0, new QTableWidgetItem(name));
        auto *combo = new CountryCombo(this);
        combo->setObjectName(u"countryFor:"_s + name);
        combo->setAccessibleName(tr("Country meant by “%1”").arg(name));
        combo->setCountries(m_countries);
        combo->setCountry(chosen.value(name));
        connect(combo, &CountryCombo::committed, this, [this, combo, name] {
            remember(name, combo->country());
            Q_EMIT mappingChanged();
        });
        setCellWidget(row, 1, combo);
        setItem(row, 2, new QTableWidgetItem(CountryResolver::builtIn().closestNames(name)));
    }
    resizeColumnsToContents();
    // Room for a country's name as the reader's language writes it, not only the placeholder.
    setColumnWidth(1, std::max(columnWidth(1), fontMetrics().horizontalAdvance(u'M') * 18));
}

} // namespace entente
