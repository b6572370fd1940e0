#include "searchcontroller.h"

#include "domain/logging.h"
#include "facetpanel.h"
#include "models/meetingtablemodel.h"
#include "query/searchfields.h"
#include "savedsearchespanel.h"
#include "search/searchservice.h"
#include "searchbar.h"
#include "storage/searchsuggestions.h"

using namespace Qt::StringLiterals;

namespace entente {

SearchController::SearchController(SearchBar *bar, FacetPanel *facets, SavedSearchesPanel *saved,
                                   QObject *parent)
    : QObject(parent)
    , m_bar(bar)
    , m_facets(facets)
    , m_saved(saved)
{
    connect(m_bar, &SearchBar::searchRequested, this, &SearchController::search);
    connect(m_facets, &FacetPanel::narrowRequested, this, &SearchController::narrow);
    connect(m_saved, &SavedSearchesPanel::runRequested, m_bar, &SearchBar::setText);
}

SearchController::~SearchController() = default;

void SearchController::setCatalogue(const Catalogue *catalogue, MeetingTableModel *model)
{
    // The service reads the catalogue from its thread: it goes first.
    m_service.reset();
    m_model = model;
    m_saved->setCatalogue(catalogue);
    m_facets->clear();
    if (!catalogue || !model)
        return;
    m_service = std::make_unique<SearchService>(*catalogue);
    connect(m_service.get(), &SearchService::finished, this, &SearchController::onFinished);
    connect(m_service.get(), &SearchService::busyChanged, m_bar, &SearchBar::setBusy);
    // An edit adds or removes rows without a new search, or starts the table over: the counts
    // follow the table.
    const auto recount = [this] {
        const qint64 count = m_model->rowCount();
        m_bar->showCount(count);
        Q_EMIT countChanged(count, !m_model->query().isEmpty());
    };
    connect(model, &QAbstractItemModel::rowsInserted, this, recount);
    connect(model, &QAbstractItemModel::rowsRemoved, this, recount);
    connect(model, &QAbstractItemModel::modelReset, this, recount);
    if (auto suggestions = SearchSuggestions::load(*catalogue))
        m_bar->setSuggestions(*suggestions);
    else
        qCWarning(lcModel).noquote() << suggestions.error().message << suggestions.error().detail;
    // The facets of the whole catalogue, or the query still in the bar, for the new catalogue.
    search(m_bar->text());
}

void SearchController::search(const QString &text)
{
    if (!m_service || !m_model)
        return;
    SearchRequest request;
    request.text = text;
    request.sort = m_model->sortKind();
    request.order = m_model->sortOrder();
    request.pageSize = MeetingTableModel::pageSize;
    m_service->search(request);
}

void SearchController::onFinished(const SearchResult &result)
{
    if (result.syntaxError) {
        m_bar->showError(result.syntaxError->describe());
        return;
    }
    if (result.failure) {
        m_bar->showError(result.failure->message);
        return;
    }
    // The page was read in the order asked for; a header clicked meanwhile makes it useless.
    const bool sameOrder =
        result.sort == m_model->sortKind() && result.order == m_model->sortOrder();
    m_model->setQuery(result.query, result.count,
                      sameOrder ? result.firstPage : QList<MeetingRow>());
    m_facets->setFacets(result.facets);
    m_bar->showResult(result.count, result.notes);
    m_saved->setCurrentQuery(result.text);
    Q_EMIT queryApplied(result.query);
    Q_EMIT resultChanged(result.count, !result.query.isEmpty());
}

void SearchController::narrow(const QString &term)
{
    const QString text = m_bar->text();
    // Already narrowed by it (a double click reports the value twice).
    if (QString(u' ' + text + u' ').contains(QString(u' ' + term + u' ')))
        return;
    m_bar->setText(SearchFields::narrow(text, term));
}

} // namespace entente
