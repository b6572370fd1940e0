#pragma once

#include "domain/person.h"
#include "labels/displaylabels.h"

#include <QWidget>

#include <functional>

class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTableView;
class QToolButton;

namespace entente {

class CountryCombo;
class MessageStrip;
class PositionsModel;
class UndoSession;
struct ChangeSet;

// Edits one person: names in Latin and native script, other spellings (one per line), country
// and the history of posts; lists the meetings they took part in (Return or double-click opens
// one). Each finished entry is saved at once as one undoable step.
class PersonEditor : public QWidget
{
    Q_OBJECT

public:
    PersonEditor(UndoSession &session, const DisplayLabels &labels, QWidget *parent = nullptr);
    ~PersonEditor() override;

    void showPerson(qint64 id);
    void clear();
    qint64 personId() const { return m_person.id; }
    const Person &person() const { return m_person; }
    MessageStrip *messageStrip() const { return m_message; }
    PositionsModel *positions() const { return m_positionsModel; }
    QTableView *positionsView() const { return m_positions; }
    QListWidget *meetingsList() const { return m_meetings; }

Q_SIGNALS:
    void meetingActivated(qint64 id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool save(QWidget *field, const std::function<void(Person &)> &change);
    void onChanged(const ChangeSet &changes);
    void fillMeetings();

    UndoSession &m_session;
    DisplayLabels m_labels;
    Person m_person;
    bool m_saving = false;
    MessageStrip *m_message;
    QLineEdit *m_latin;
    QLineEdit *m_native;
    QPlainTextEdit *m_aliases;
    CountryCombo *m_country;
    PositionsModel *m_positionsModel;
    QTableView *m_positions;
    QToolButton *m_addPosition;
    QToolButton *m_removePosition;
    QListWidget *m_meetings;
};

} // namespace entente
