#include "meetingtablemodel.h"

#include "domain/logging.h"
#include "models/pageloader.h"
#include "models/roles.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace entente {

MeetingTableModel::MeetingTableModel(std::unique_ptr<MeetingRowSource> source, QObject *parent,
                                     int maxPages)
    : QAbstractTableModel(parent)
    , m_source(std::move(source))
    , m_cache(pageSize, std::size_t(std::max(maxPages, 2)))
    , m_loader(new PageLoader(pageSize, this))
{
    connect(m_loader, &PageLoader::pageReady, this, &MeetingTableModel::takePage);
    connect(m_loader, &PageLoader::sampleReady, this, &MeetingTableModel::takeSample);
    m_count = m_source->count();
    restartLoader();
}

MeetingTableModel::~MeetingTableModel() = default;

void MeetingTableModel::setCountryNames(QHash<QString, QString> names)
{
    m_countryNames = std::move(names);
    if (m_count > 0)
        Q_EMIT dataChanged(index(0, MeetingColumn::Countries),
                           index(rowCount() - 1, MeetingColumn::Countries));
}

void MeetingTableModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
}

int MeetingTableModel::rowCount(const QModelIndex &parent) const
{
    // A view holds row numbers in int; a catalogue beyond that shows its first 2^31 rows.
    return parent.isValid() ? 0 : int(std::min<qint64>(m_count, std::numeric_limits<int>::max()));
}

int MeetingTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : MeetingColumn::Count;
}

const MeetingRow *MeetingTableModel::rowAt(int row, bool wait) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    if (const MeetingRow *cached = m_cache.find(std::size_t(row))) {
        readAhead(std::size_t(row));
        return cached;
    }
    if (!loadPage(m_cache.pageOf(std::size_t(row)), wait))
        return nullptr;
    return m_cache.find(std::size_t(row));
}

bool MeetingTableModel::loadPage(std::size_t page, bool wait) const
{
    // Hops longer than this many pages from a known one are left to the loader.
    constexpr std::size_t maxHop = 4;
    std::optional<SortKey> after;
    if (page > 0) {
        if (const auto it = m_pageStarts.find(page); it != m_pageStarts.end()) {
            after = it->second;
        } else if (const std::vector<MeetingRow> *previous = m_cache.page(page - 1);
                   previous && !previous->empty()) {
            after = previous->back().key;
        } else {
            // The nearest known start before this page, if near: a short hop along the index.
            auto known = m_pageStarts.lower_bound(page);
            const bool near =
                known != m_pageStarts.begin() && page - std::prev(known)->first <= maxHop;
            if (near || page <= maxHop) {
                std::optional<SortKey> from;
                std::size_t fromPage = 0;
                if (near) {
                    from = std::prev(known)->second;
                    fromPage = std::prev(known)->first;
                }
                after = m_source->keyAfter(from, qint64((page - fromPage) * pageSize) - 1);
            }
            if (!after && m_loader->isActive() && !wait) {
                m_loader->request(page);
                return false;
            }
            if (!after)
                after = m_source->keyAt(qint64(page * pageSize) - 1);
            if (!after) {
                qCWarning(lcModel) << "no key for page" << page;
                return false;
            }
        }
    }
    const QList<MeetingRow> rows = m_source->rowsAfter(after, pageSize);
    if (!rows.isEmpty()) {
        m_pageStarts[page + 1] = rows.constLast().key;
        if (after)
            m_pageStarts[page] = *after;
    }
    m_cache.insert(page, std::vector<MeetingRow>(rows.cbegin(), rows.cend()));
    return true;
}

void MeetingTableModel::readAhead(std::size_t row) const
{
    // The pages on either side of the one in use are read in the background as soon as it is in
    // use, so that scrolling on, either way, rarely waits for a read on this thread. The page
    // already held on one side (the one just scrolled out of) costs nothing.
    const std::size_t page = m_cache.pageOf(row);
    for (const std::size_t next : {page + 1, page - 1}) {
        if (next == std::size_t(-1) || qint64(next * pageSize) >= m_count || m_cache.page(next) ||
            m_loader->isRequested(next))
            continue;
        std::optional<SortKey> after;
        if (next > page) {
            const std::vector<MeetingRow> *rows = m_cache.page(page);
            if (!rows || rows->empty())
                continue;
            after = rows->back().key;
        } else if (const auto it = m_pageStarts.find(next); it != m_pageStarts.end()) {
            after = it->second;
        } else if (next > 0) {
            continue; // where that page starts is not known yet: not worth a seek
        }
        m_loader->request(next, after);
    }
}

void MeetingTableModel::restartLoader()
{
    std::unique_ptr<MeetingRowSource> copy = m_source->clone();
    m_loader->setSource(std::shared_ptr<MeetingRowSource>(std::move(copy)));
}

void MeetingTableModel::takePage(std::size_t page, const std::optional<SortKey> &after,
                                 const QList<MeetingRow> &rows)
{
    const std::size_t first = page * pageSize;
    if (rows.isEmpty() || qint64(first) >= m_count)
        return;
    m_pageStarts[page + 1] = rows.constLast().key;
    if (after)
        m_pageStarts[page] = *after;
    if (!m_cache.page(page))
        m_cache.insert(page, std::vector<MeetingRow>(rows.cbegin(), rows.cend()));
    const int last = int(std::min<qint64>(qint64(first) + rows.size(), m_count) - 1);
    Q_EMIT dataChanged(index(int(first), 0), index(last, MeetingColumn::Count - 1));
}

void MeetingTableModel::takeSample(const QList<SortKey> &pageEnds)
{
    for (qsizetype i = 0; i < pageEnds.size(); ++i)
        m_pageStarts.emplace(std::size_t(i) + 1, pageEnds.at(i));
}

QString MeetingTableModel::countriesText(const MeetingRow &row) const
{
    QStringList names;
    names.reserve(row.countries.size());
    for (const QString &code : row.countries)
        names.append(m_countryNames.value(code, code));
    return names.join(u", "_s);
}

QVariant MeetingTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MeetingRow *row = rowAt(index.row());
    if (!row)
        return {};
    if (role == Role::Id)
        return row->id;
    if (role == Role::IsoDate)
        return row->start.toIso();
    // Every cell's tooltip is its whole text: a narrow column cuts it short.
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case MeetingColumn::Date:
        return displaySpan(row->start, row->end, m_locale);
    case MeetingColumn::Title:
        return row->title;
    case MeetingColumn::Place:
        return row->place;
    case MeetingColumn::Countries:
        return countriesText(*row);
    case MeetingColumn::Heads:
        return QStringList(row->heads).join(u", "_s);
    }
    return {};
}

QVariant MeetingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case MeetingColumn::Date:
        return tr("Date");
    case MeetingColumn::Title:
        return tr("Title");
    case MeetingColumn::Place:
        return tr("Place");
    case MeetingColumn::Countries:
        return tr("Parties");
    case MeetingColumn::Heads:
        return tr("Heads of delegation");
    }
    return {};
}

void MeetingTableModel::sort(int column, Qt::SortOrder order)
{
    MeetingSort sort;
    switch (column) {
    case MeetingColumn::Date:
        sort = MeetingSort::Date;
        break;
    case MeetingColumn::Title:
        sort = MeetingSort::Title;
        break;
    case MeetingColumn::Place:
        sort = MeetingSort::Place;
        break;
    default:
        return; // computed columns have no index to sort by
    }
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortKind = sort;
    m_sortOrder = order;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    m_source->setSort(sort, order);
    m_cache.clear();
    m_pageStarts.clear();
    restartLoader();
    // Every row may have moved: persistent indexes cannot follow a re-sort done in SQL.
    const QModelIndexList persistent = persistentIndexList();
    changePersistentIndexList(persistent, QModelIndexList(persistent.size()));
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

qint64 MeetingTableModel::meetingId(int row) const
{
    const MeetingRow *r = rowAt(row, true);
    return r ? r->id : 0;
}

int MeetingTableModel::rowOfLoaded(qint64 id) const
{
    for (std::size_t page = 0; page * pageSize < std::size_t(m_count); ++page) {
        if (const std::vector<MeetingRow> *rows = m_cache.page(page)) {
            for (std::size_t i = 0; i < rows->size(); ++i) {
                if ((*rows)[i].id == id)
                    return int(page * pageSize + i);
            }
        }
    }
    return -1;
}

void MeetingTableModel::refresh()
{
    beginResetModel();
    m_cache.clear();
    m_pageStarts.clear();
    restartLoader();
    m_count = m_source->count();
    endResetModel();
}

bool MeetingTableModel::allRowsRead() const
{
    const std::size_t pages = (std::size_t(m_count) + pageSize - 1) / pageSize;
    for (std::size_t page = 0; page < pages; ++page) {
        if (!m_cache.page(page))
            return false;
    }
    return true;
}

void MeetingTableModel::forgetFrom(qint64 row)
{
    const std::size_t page = std::size_t(std::max<qint64>(row, 0)) / pageSize;
    m_cache.dropFrom(page);
    // Page `page` still starts where it did: the rows before it did not move.
    m_pageStarts.erase(m_pageStarts.upper_bound(page), m_pageStarts.end());
    restartLoader();
}

void MeetingTableModel::removeRowsAt(int first, int last)
{
    beginRemoveRows({}, first, last);
    m_count -= last - first + 1;
    const std::size_t page = m_cache.pageOf(std::size_t(first));
    std::vector<MeetingRow> *rows = m_cache.pageToChange(page);
    const std::optional<SortKey> start =
        page == 0
            ? std::nullopt
            : (m_pageStarts.count(page) ? std::optional(m_pageStarts.at(page)) : std::nullopt);
    if (!rows || (page > 0 && !start)) {
        forgetFrom(first);
        endRemoveRows();
        return;
    }
    // The rows before them stay as they are, even where the catalogue already lacks others that
    // this edit removes and the table has yet to (removals run from the bottom up): only the
    // pages after this one are read again, and this one is filled up again from the index.
    const std::size_t from = std::size_t(first) % pageSize;
    const std::size_t to =
        std::min<std::size_t>(rows->size(), std::size_t(last) - page * pageSize + 1);
    rows->erase(rows->begin() + std::ptrdiff_t(from), rows->begin() + std::ptrdiff_t(to));
    m_cache.dropFrom(page + 1);
    m_pageStarts.erase(m_pageStarts.upper_bound(page), m_pageStarts.end());
    const qint64 wanted = std::min<qint64>(pageSize, m_count - qint64(page * pageSize));
    if (qint64(rows->size()) < wanted) {
        const QList<MeetingRow> more =
            m_source->rowsAfter(rows->empty() ? start : std::optional(rows->back().key),
                                int(wanted) - int(rows->size()));
        rows->insert(rows->end(), more.cbegin(), more.cend());
    }
    if (!rows->empty())
        m_pageStarts[page + 1] = rows->back().key;
    restartLoader();
    endRemoveRows();
}

bool MeetingTableModel::applyChanges(const QList<qint64> &changed, const QList<qint64> &removed)
{
    if (!m_source->placesRows()) {
        refresh();
        return false;
    }
    // Ids this model cannot tell were rows: nothing read shows them. If any was a row after all,
    // the count says so below.
    bool unsure = false;
    // Found first, removed from the bottom up: a removal forgets the pages after its row only.
    QList<int> rows;
    for (const qint64 id : removed) {
        if (const int row = rowOfLoaded(id); row >= 0)
            rows.append(row);
        else
            unsure = true;
    }
    // Neighbours leave together: a view never sees a state where one is gone and the next,
    // about to go, still stands in its place.
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (qsizetype i = 0; i < rows.size();) {
        qsizetype j = i;
        while (j + 1 < rows.size() && rows.at(j + 1) == rows.at(j) - 1)
            ++j;
        removeRowsAt(rows.at(j), rows.at(i));
        i = j + 1;
    }
    // Rows to place anew (created, moved, newly matching): one can be placed exactly; where
    // several move at once each one's place depends on the others.
    // Each with its current row, -1 when not in the table yet.
    QList<std::pair<MeetingRow, int>> toPlace;
    for (const qint64 id : changed) {
        if (removed.contains(id))
            continue;
        const std::optional<MeetingRow> fresh = m_source->rowOf(id);
        const int row = rowOfLoaded(id);
        if (!fresh) {
            if (row >= 0)
                removeRowsAt(row, row);
            else
                unsure = true;
            continue;
        }
        if (row >= 0) {
            MeetingRow *cached = m_cache.rowToChange(std::size_t(row));
            if (cached && cached->key.value == fresh->key.value) {
                *cached = *fresh;
                Q_EMIT dataChanged(index(row, 0), index(row, MeetingColumn::Count - 1));
                continue;
            }
        } else if (!allRowsRead()) {
            unsure = true; // a row never read may have been in the table already
        }
        toPlace.append({*fresh, row});
    }
    if (toPlace.size() > 1) {
        refresh();
        return false;
    }
    if (toPlace.size() == 1) {
        const std::optional<qint64> before = m_source->rowsBefore(toPlace.first().first.key);
        if (!before) {
            refresh();
            return false;
        }
        const int to = int(*before);
        const int from = toPlace.first().second;
        if (from < 0) {
            beginInsertRows({}, to, to);
            ++m_count;
            forgetFrom(to);
            endInsertRows();
        } else if (from == to) {
            forgetFrom(from);
            Q_EMIT dataChanged(index(from, 0), index(from, MeetingColumn::Count - 1));
        } else {
            // Qt counts the destination before the move: one further when moving down.
            beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
            forgetFrom(std::min(from, to));
            endMoveRows();
        }
    }
    if (unsure && m_source->count() != m_count) {
        refresh();
        return false;
    }
    return true;
}

void MeetingTableModel::rereadRows()
{
    if (m_count == 0)
        return;
    m_cache.clear();
    restartLoader();
    Q_EMIT dataChanged(index(0, 0), index(int(m_count) - 1, MeetingColumn::Count - 1));
}

void MeetingTableModel::setQuery(const SearchQuery &query, std::optional<qint64> count,
                                 const QList<MeetingRow> &firstPage)
{
    beginResetModel();
    m_query = query;
    m_source->setFilter(query);
    m_cache.clear();
    m_pageStarts.clear();
    restartLoader();
    m_count = count ? *count : m_source->count();
    // A first page read elsewhere is only a whole page, or the whole result.
    if (!firstPage.isEmpty() &&
        (firstPage.size() == pageSize || qint64(firstPage.size()) == m_count)) {
        m_cache.insert(0, std::vector<MeetingRow>(firstPage.cbegin(), firstPage.cend()));
        m_pageStarts[1] = firstPage.constLast().key;
    }
    endResetModel();
}

} // namespace entente
