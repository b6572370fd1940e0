#include "facetpanel.h"

#include <QHeaderView>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace entente {

namespace {

constexpr int termRole = Qt::UserRole + 1;
constexpr int kindRole = Qt::UserRole + 2;

} // namespace

FacetPanel::FacetPanel(QWidget *parent)
    : QWidget(parent)
    , m_tree(new QTreeWidget(this))
{
    m_tree->setObjectName(u"facets"_s);
    m_tree->setAccessibleName(tr("Facets of the search result"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Refine"), tr("Meetings")});
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setToolTip(tr("Click a value to narrow the search to it"));
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    connect(m_tree, &QTreeWidget::itemActivated, this, &FacetPanel::onActivated);
    connect(m_tree, &QTreeWidget::itemClicked, this, &FacetPanel::onActivated);
    connect(m_tree, &QTreeWidget::itemCollapsed, this,
            [this](QTreeWidgetItem *item) { m_collapsed.insert(item->data(0, kindRole).toInt()); });
    connect(m_tree, &QTreeWidget::itemExpanded, this,
            [this](QTreeWidgetItem *item) { m_collapsed.remove(item->data(0, kindRole).toInt()); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);
}

QString FacetPanel::title(Facet::Kind kind)
{
    switch (kind) {
    case Facet::Kind::Countries:
        return tr("Countries and organisations");
    case Facet::Kind::Ministers:
        return tr("Heads of delegation");
    case Facet::Kind::Years:
        return tr("Years");
    case Facet::Kind::Formats:
        return tr("Formats");
    case Facet::Kind::Topics:
        return tr("Topics");
    case Facet::Kind::DocumentKinds:
        return tr("Document kinds");
    }
    return {};
}

void FacetPanel::setCountryNames(QHash<QString, QString> names)
{
    m_countryNames = std::move(names);
}

void FacetPanel::clear()
{
    m_tree->clear();
}

void FacetPanel::setFacets(const QList<Facet> &facets)
{
    // Rebuilt whole: a few dozen items, and the counts change with every query.
    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    const QLocale locale;
    for (const Facet &facet : facets) {
        if (facet.values.isEmpty())
            continue;
        auto *group = new QTreeWidgetItem(m_tree, {title(facet.kind)});
        group->setData(0, kindRole, int(facet.kind));
        group->setFirstColumnSpanned(true);
        group->setFlags(Qt::ItemIsEnabled);
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        for (const FacetValue &value : facet.values) {
            const QString label = facet.kind == Facet::Kind::Countries
                                      ? m_countryNames.value(value.value, value.label)
                                      : value.label;
            auto *item = new QTreeWidgetItem(group, {label, locale.toString(value.count)});
            item->setData(0, termRole, value.term);
            item->setToolTip(
                0, tr("%1\nDouble-click to narrow the search: %2").arg(label, value.term));
            item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        }
        group->setExpanded(!m_collapsed.contains(int(facet.kind)));
    }
}

void FacetPanel::onActivated(QTreeWidgetItem *item)
{
    const QString term = item ? item->data(0, termRole).toString() : QString();
    if (!term.isEmpty())
        Q_EMIT narrowRequested(term);
}

} // namespace entente
