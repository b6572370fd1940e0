#pragma once

#include "labels/displaylabels.h"

#include <QDialog>

class QTableView;
class QTreeWidget;

namespace entente {

class DocumentListModel;
class UndoSession;
struct ChangeSet;

// The outcome documents of the whole catalogue (title, kind, action, date, period, meeting), and
// beside the selected one its chain of links: the programme, the plans that develop it, the
// programme that renews it. Return or a double-click opens the meeting a document came from.
class DocumentsView : public QDialog
{
    Q_OBJECT

public:
    DocumentsView(UndoSession &session, const DisplayLabels &labels, QWidget *parent = nullptr);
    QTableView *table() const { return m_table; }
    QTreeWidget *chain() const { return m_chain; }

Q_SIGNALS:
    void meetingActivated(qint64 id);

private:
    void showChain();
    void onChanged(const ChangeSet &changes);

    UndoSession &m_session;
    DisplayLabels m_labels;
    DocumentListModel *m_model;
    QTableView *m_table;
    QTreeWidget *m_chain;
};

} // namespace entente
