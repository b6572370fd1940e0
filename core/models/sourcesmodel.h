#pragma once

#include "domain/meeting.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace entente {

// The sources of one meeting: publisher, title, address and publication date in the table; the
// source text itself through text() / setText(), for an editor beside the table.
class SourcesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit SourcesModel(QObject *parent = nullptr);

    void setLocale(const QLocale &locale) { m_locale = locale; }
    void setSources(const QList<Source> &sources);
    QList<Source> sources() const { return m_sources; }
    QModelIndex addSource();
    void removeSource(int row);
    QString text(int row) const { return m_sources.value(row).text; }
    void setText(int row, const QString &text);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    void edited();

private:
    QList<Source> m_sources;
    QLocale m_locale;
};

} // namespace entente
