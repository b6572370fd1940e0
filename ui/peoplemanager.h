#pragma once

#include "labels/displaylabels.h"

#include <QDialog>

class QLineEdit;
class QTableView;
class QToolButton;

namespace entente {

class PersonEditor;
class PersonListModel;
class UndoSession;
struct ChangeSet;

// The people of the catalogue: a list (filtered by typing a name in either script, sorted for
// the reader's language) beside the editor of the selected person. New, delete (refused, naming
// the meetings, while the person is in a delegation) and merge of two records of one person.
class PeopleManager : public QDialog
{
    Q_OBJECT

public:
    PeopleManager(UndoSession &session, const DisplayLabels &labels, QWidget *parent = nullptr);

    void selectPerson(qint64 id);
    qint64 currentPersonId() const;
    PersonEditor *editor() const { return m_editor; }
    QTableView *list() const { return m_list; }
    QLineEdit *filter() const { return m_filter; }

    void newPerson();
    void deleteCurrent();
    // Merges the current person into `keepId` (asks for confirmation unless `confirmed`).
    void mergeCurrentInto(qint64 keepId, bool confirmed = false);
    void mergeCurrent();

Q_SIGNALS:
    void meetingActivated(qint64 id);

private:
    void reload();
    void onChanged(const ChangeSet &changes);
    void showCurrent();

    UndoSession &m_session;
    DisplayLabels m_labels;
    PersonListModel *m_model;
    QLineEdit *m_filter;
    QTableView *m_list;
    PersonEditor *m_editor;
    QToolButton *m_new;
    QToolButton *m_delete;
    QToolButton *m_merge;
};

} // namespace entente
