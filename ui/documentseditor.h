#pragma once

#include "domain/meeting.h"

#include <QHash>
#include <QWidget>

class QTableView;
class QToolButton;

namespace entente {

class ChoiceDelegate;
class CountryListDelegate;
class DocumentLinkDelegate;
class DocumentsModel;
class UndoSession;

// The outcome documents of a meeting as a table: title, kind and action (chosen from the
// vocabularies), date and period (typed like any date), parties, and the link to another
// document (develops, renews, supersedes).
class DocumentsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit DocumentsEditor(QWidget *parent = nullptr);

    void setSession(UndoSession *session);
    void setLabels(const QHash<QString, QString> &kinds, const QHash<QString, QString> &actions,
                   const QHash<QString, QString> &countries);
    void setMeeting(const Meeting &meeting);
    DocumentsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

    // A new row, dated and with the parties of the meeting, its title open for typing.
    void addDocument();
    void removeCurrent();
    void moveCurrent(int delta);

Q_SIGNALS:
    void edited();

private:
    void updateButtons();

    UndoSession *m_session = nullptr;
    DocumentsModel *m_model;
    QTableView *m_view;
    ChoiceDelegate *m_kinds;
    ChoiceDelegate *m_actions;
    CountryListDelegate *m_parties;
    DocumentLinkDelegate *m_links;
    QToolButton *m_add;
    QToolButton *m_remove;
    QToolButton *m_up;
    QToolButton *m_down;
    QStringList m_meetingParties;
    PartialDate m_meetingDate;
};

} // namespace entente
