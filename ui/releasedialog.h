#pragma once

#include "extract/meetingdraft.h"

#include <QDate>
#include <QDialog>

#include <optional>

class QCheckBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;
class QTimer;

namespace entente {

class Catalogue;
class ReleaseTextEdit;
class UndoSession;

// Edit ▸ New Meeting from Press Release…: the analyst pastes or drops the text of a release, gives
// the day it was published, and reviews what Entente reads from it — every proposed field with the
// sentence it came from and a confidence (choosing a row shows the sentence in the text), the
// people it does not know yet, and what stops the draft from being saved. Nothing is written until
// Save Meeting: then the new people, the meeting and its sub-events are saved as one undoable
// step, after the duplicate warning when the catalogue seems to hold the meeting already.
class ReleaseDialog : public QDialog
{
    Q_OBJECT

public:
    ReleaseDialog(const Catalogue &catalogue, UndoSession &session, QWidget *parent = nullptr);

    void setText(const QString &text);
    void setPublished(QDate day); // a null date: none given
    // Reads the text now (it is also read a moment after each change).
    void readNow();
    const std::optional<MeetingDraft> &draft() const { return m_draft; }
    // After Save Meeting: the new meeting.
    qint64 savedMeeting() const { return m_saved; }
    bool save();

Q_SIGNALS:
    // The analyst chose, at the duplicate warning, to open the meeting already catalogued.
    void openMeetingRequested(qint64 id);

private:
    void showDraft();
    void showSentence(int row);
    QDate published() const;

    const Catalogue &m_catalogue;
    UndoSession &m_session;
    std::optional<MeetingDraft> m_draft;
    qint64 m_saved = 0;

    ReleaseTextEdit *m_text;
    QCheckBox *m_hasPublished;
    QDateEdit *m_published;
    QTableWidget *m_evidence;
    QTableWidget *m_people;
    QLabel *m_status;
    QPushButton *m_save;
    QTimer *m_readLater;
};

} // namespace entente
