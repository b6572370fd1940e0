#pragma once

#include "query/searchrequest.h"

#include <QObject>

#include <memory>

namespace entente {

class Catalogue;
class FacetPanel;
class MeetingTableModel;
class SavedSearchesPanel;
class SearchBar;
class SearchService;

// Wires the search widgets to core: the bar's queries go to a SearchService (off the UI thread),
// its results to the meetings model, the facet panel and the bar; facet clicks narrow the query;
// saved searches run through the bar. One per window; it owns the service of the open catalogue.
class SearchController : public QObject
{
    Q_OBJECT

public:
    SearchController(SearchBar *bar, FacetPanel *facets, SavedSearchesPanel *saved,
                     QObject *parent = nullptr);
    ~SearchController() override;

    // Switches to another catalogue and its model (both nullptr: none). Must be called with
    // nullptr before the catalogue it was given goes away.
    void setCatalogue(const Catalogue *catalogue, MeetingTableModel *model);
    SearchService *service() const { return m_service.get(); }

Q_SIGNALS:
    // After each result: how many meetings the table shows, and whether a query narrows them.
    void resultChanged(qint64 count, bool filtered);
    // The query whose result the table now shows.
    void queryApplied(const SearchQuery &query);
    // The table gained or lost rows through an edit: how many it shows now.
    void countChanged(qint64 count, bool filtered);

private:
    void search(const QString &text);
    void onFinished(const SearchResult &result);
    void narrow(const QString &term);

    SearchBar *m_bar;
    FacetPanel *m_facets;
    SavedSearchesPanel *m_saved;
    MeetingTableModel *m_model = nullptr;
    std::unique_ptr<SearchService> m_service;
};

} // namespace entente
