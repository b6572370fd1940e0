#pragma once

#include "models/meetingrow.h"
#include "models/pagecache.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QLocale>

#include <map>
#include <memory>

namespace entente {

// The meetings table. Rows are fetched a page at a time in keyset order and kept in a bounded
// cache, so a catalogue of a million meetings costs the same memory as one of ten; sorting is done
// by the source in SQL. Only top-level meetings are rows: sub-events show under their meeting.
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

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;

    qint64 meetingId(int row) const;
    // The row of a meeting among those loaded so far, or -1.
    int rowOfLoaded(qint64 id) const;
    // Re-reads everything, for after an edit.
    void refresh();
    int cachedPageCount() const { return int(m_cache.pageCount()); }

private:
    const MeetingRow *rowAt(int row) const;
    void loadPage(std::size_t page) const;
    QString countriesText(const MeetingRow &row) const;

    std::unique_ptr<MeetingRowSource> m_source;
    QHash<QString, QString> m_countryNames;
    QLocale m_locale;
    qint64 m_count = 0;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    // data() is const, but filling the cache is not a visible change.
    mutable PageCache<MeetingRow> m_cache;
    // The key each page continues from: known for every page after one that was read.
    mutable std::map<std::size_t, SortKey> m_pageStarts;
};

} // namespace entente
