#pragma once

#include "domain/outcomedocument.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QLocale>

namespace entente {

// The outcome documents of one meeting, one row each: title, kind, action, date, period, parties
// and the link to another document. Like the other editor models it edits its own copy and says
// edited(); the meeting editor saves documents() as one undoable step.
//
// Edit roles: codes for kind and action, a PartialDate for the dates, a QStringList of alpha-3
// codes for the parties, a DocumentLink for the link (a target id of 0 removes it).
class DocumentsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit DocumentsModel(QObject *parent = nullptr);

    void setLabels(QHash<QString, QString> kinds, QHash<QString, QString> actions,
                   QHash<QString, QString> countries);
    void setLocale(const QLocale &locale);
    void setDocuments(const QList<OutcomeDocument> &documents);
    QList<OutcomeDocument> documents() const { return m_documents; }
    const OutcomeDocument &document(int row) const { return m_documents.at(row); }

    // A new row with the given kind and action, at the end; returns its title cell.
    QModelIndex addDocument(const QString &kind, const QString &action, const QStringList &parties,
                            const PartialDate &date);
    // Removes a row, and the links other rows had to it.
    void removeDocument(int row);
    bool moveDocument(int row, int delta);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    // The heading of a DocumentColumn, shared with the catalogue-wide DocumentListModel.
    static QString columnTitle(int section);

    // "develops “Program for Concerted Action…”".
    static QString linkText(const DocumentLink &link);

Q_SIGNALS:
    void edited();

private:
    QVariant displayData(const OutcomeDocument &d, int column) const;

    QList<OutcomeDocument> m_documents;
    QHash<QString, QString> m_kinds;
    QHash<QString, QString> m_actions;
    QHash<QString, QString> m_countries;
    QLocale m_locale;
};

} // namespace entente
