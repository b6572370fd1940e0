#pragma once

#include "models/pagecache.h"
#include "query/meetingrow.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QLocale>

#include <map>
#include <memory>

namespace entente {

// The meetings table. Rows are fetched a page at a time in keyset order and kept in a bounded
// cache, so a catalogue of a million meetings costs the same memory as one of ten; sorting is done
// by the source in SQL. Only top-level meetings are rows: sub-events show under their meeting.
//
// A page is read on the UI thread only when where it starts is known: it follows a page already
// read (or a few pages after one, found by a short hop along the index), or the background sample
// of page-start keys, read by a PageLoader after every reset or sort, has reached it. A jump
// anywhere else is read by the PageLoader: until it arrives data() returns nothing for those rows
// (an empty cell) and dataChanged() follows. meetingId() is the exception: asked for a row, it
// reads it at once.
class PageLoader;

class MeetingTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int pageSize = 256;
    static constexpr int maxCachedPages = 64;

    explicit MeetingTableModel(std::unique_ptr<MeetingRowSource> source, QObject *parent = nullptr,
                               int maxPages = maxCachedPages);
    ~MeetingTableModel() override;

    // Display names of countries by ISO alpha-3 code, in the UI language.
    void setCountryNames(QHash<QString, QString> names);
    void setLocale(const QLocale &locale);
    QLocale locale() const { return m_locale; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;

    qint64 meetingId(int row) const;
    // The row of a meeting among those loaded so far, or -1.
    int rowOfLoaded(qint64 id) const;
    // Re-reads everything: a reset, for when the catalogue changed under the table wholesale.
    void refresh();
    // Follows an edit row by row: `changed` meetings (created, edited or brought back) are re-read
    // and inserted, updated, moved or removed as the table's order and filter now place them;
    // `removed` ones leave. The view keeps its selection and scroll position. Falls back to
    // refresh() only when the edit touched rows it cannot place (several moved at once, or rows
    // never read); returns false then.
    bool applyChanges(const QList<qint64> &changed, const QList<qint64> &removed);
    // The rows read so far are read again (names shown in them changed); nothing moves.
    void rereadRows();
    // Shows only the meetings matching `query`, in the current sort order (a reset). `count` and
    // `firstPage`, when SearchService already read them off the UI thread, are taken as they are;
    // `firstPage` must be in sortKind() / sortOrder().
    void setQuery(const SearchQuery &query, std::optional<qint64> count = std::nullopt,
                  const QList<MeetingRow> &firstPage = {});
    const SearchQuery &query() const { return m_query; }
    MeetingSort sortKind() const { return m_sortKind; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    int cachedPageCount() const { return int(m_cache.pageCount()); }

private:
    // `wait`: read the page here whatever it takes (meetingId()), rather than ask the loader.
    const MeetingRow *rowAt(int row, bool wait = false) const;
    bool loadPage(std::size_t page, bool wait) const;
    void readAhead(std::size_t row) const;
    // A new order or filter: the loader starts over with a copy of the source.
    void restartLoader();
    void takePage(std::size_t page, const std::optional<SortKey> &after,
                  const QList<MeetingRow> &rows);
    void takeSample(const QList<SortKey> &pageEnds);
    QString countriesText(const MeetingRow &row) const;
    // Rows from `row` on shifted: their cached pages and page starts are forgotten.
    void forgetFrom(qint64 row);
    void removeRowsAt(int first, int last);
    bool allRowsRead() const;

    std::unique_ptr<MeetingRowSource> m_source;
    QHash<QString, QString> m_countryNames;
    QLocale m_locale;
    qint64 m_count = 0;
    int m_sortColumn = -1;
    MeetingSort m_sortKind = MeetingSort::Date; // the source's own default
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    SearchQuery m_query;
    // data() is const, but filling the cache is not a visible change.
    mutable PageCache<MeetingRow> m_cache;
    // The key each page continues from: known for every page after one that was read.
    mutable std::map<std::size_t, SortKey> m_pageStarts;
    PageLoader *m_loader;
};

} // namespace entente
