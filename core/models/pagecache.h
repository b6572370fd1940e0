#pragma once

#include <cstddef>
#include <list>
#include <unordered_map>
#include <vector>

namespace entente {

// A bounded cache of fixed-size pages of rows, least recently used out first. Qt-free on purpose:
// it holds the paging arithmetic the lazy models rely on, and is tested on its own.
template<typename Row>
class PageCache
{
public:
    PageCache(std::size_t pageSize, std::size_t maxPages)
        : m_pageSize(pageSize)
        , m_maxPages(maxPages)
    {}

    std::size_t pageSize() const { return m_pageSize; }
    std::size_t pageOf(std::size_t row) const { return row / m_pageSize; }
    std::size_t pageCount() const { return m_pages.size(); }

    // The row, or nullptr when its page is not loaded. Marks the page as recently used.
    const Row *find(std::size_t row)
    {
        const auto it = m_pages.find(pageOf(row));
        if (it == m_pages.end())
            return nullptr;
        touch(it->second);
        const std::vector<Row> &rows = it->second.rows;
        const std::size_t offset = row % m_pageSize;
        return offset < rows.size() ? &rows[offset] : nullptr;
    }

    const std::vector<Row> *page(std::size_t page) const
    {
        const auto it = m_pages.find(page);
        return it == m_pages.end() ? nullptr : &it->second.rows;
    }

    void insert(std::size_t page, std::vector<Row> rows)
    {
        if (const auto it = m_pages.find(page); it != m_pages.end()) {
            it->second.rows = std::move(rows);
            touch(it->second);
            return;
        }
        if (m_pages.size() >= m_maxPages) {
            m_pages.erase(m_recency.back());
            m_recency.pop_back();
        }
        m_recency.push_front(page);
        m_pages.emplace(page, Entry{std::move(rows), m_recency.begin()});
    }

    // Forgets `first` and every page after it: rows from there on have shifted.
    void dropFrom(std::size_t first)
    {
        for (auto it = m_pages.begin(); it != m_pages.end();) {
            if (it->first >= first) {
                m_recency.erase(it->second.recency);
                it = m_pages.erase(it);
            } else {
                ++it;
            }
        }
    }

    // A cached page, to change in place; nullptr when it is not cached.
    std::vector<Row> *pageToChange(std::size_t page)
    {
        const auto it = m_pages.find(page);
        return it == m_pages.end() ? nullptr : &it->second.rows;
    }

    // The cached row at `row`, to change in place; nullptr when its page is not cached.
    Row *rowToChange(std::size_t row)
    {
        std::vector<Row> *rows = pageToChange(pageOf(row));
        const std::size_t offset = row % m_pageSize;
        return rows && offset < rows->size() ? &(*rows)[offset] : nullptr;
    }

    void clear()
    {
        m_pages.clear();
        m_recency.clear();
    }

private:
    struct Entry
    {
        std::vector<Row> rows;
        std::list<std::size_t>::iterator recency;
    };

    void touch(Entry &entry) { m_recency.splice(m_recency.begin(), m_recency, entry.recency); }

    std::size_t m_pageSize;
    std::size_t m_maxPages;
    std::unordered_map<std::size_t, Entry> m_pages;
    std::list<std::size_t> m_recency; // most recent first
};

} // namespace entente
