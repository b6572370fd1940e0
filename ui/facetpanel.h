#pragma once

#include "query/facet.h"

#include <QHash>
#include <QSet>
#include <QWidget>

class QTreeWidget;
class QTreeWidgetItem;

namespace entente {

// The facets of the current result beside the table: countries, ministers, years, formats,
// document kinds and topics, each value with its count. Activating a value asks to narrow the
// query by it.
class FacetPanel : public QWidget
{
    Q_OBJECT

public:
    explicit FacetPanel(QWidget *parent = nullptr);

    void setFacets(const QList<Facet> &facets);
    // Country names in the UI language, by code (the catalogue's own are English).
    void setCountryNames(QHash<QString, QString> names);
    void clear();
    QTreeWidget *tree() const { return m_tree; }

    static QString title(Facet::Kind kind);

Q_SIGNALS:
    // "country:BLR": the term to add to the query.
    void narrowRequested(const QString &term);

private:
    void onActivated(QTreeWidgetItem *item);

    QTreeWidget *m_tree;
    QHash<QString, QString> m_countryNames;
    QSet<int> m_collapsed; // facet kinds the user folded away, kept across results
};

} // namespace entente
