#pragma once

#include "storage/documentrepository.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QLocale>

#include <functional>

namespace entente {

// The outcome documents of the whole catalogue, for the documents view: read a page at a time
// as the view scrolls (fetchMore), in the order they were recorded.
class DocumentListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // Supplies up to `limit` documents with ids above `afterId`.
    using Fetcher = std::function<QList<DocumentRow>(qint64 afterId, int limit)>;
    static constexpr int pageSize = 200;

    explicit DocumentListModel(Fetcher fetcher, QObject *parent = nullptr);

    void setLabels(QHash<QString, QString> kinds, QHash<QString, QString> actions);
    void setLocale(const QLocale &locale) { m_locale = locale; }
    // Starts again from the first page (after an edit).
    void reload();
    const DocumentRow &document(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    QString text(const DocumentRow &d, int column) const;

    Fetcher m_fetcher;
    QList<DocumentRow> m_rows;
    bool m_atEnd = false;
    QHash<QString, QString> m_kinds;
    QHash<QString, QString> m_actions;
    QLocale m_locale;
};

} // namespace entente
