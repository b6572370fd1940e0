#pragma once

#include "domain/error.h"
#include "domain/meeting.h"
#include "labels/displaylabels.h"
#include "meetingdateplacefields.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace entente {

class DelegationsEditor;
class DocumentsEditor;
class MessageStrip;
class PartialDateEdit;
class SourcesEditor;
class TopicsEditor;
class UndoSession;
struct ChangeSet;

// Edits one meeting in place. Every finished entry (a field left, Return, a choice made) is
// saved at once as one undoable step through the session; an entry the catalogue would refuse is
// not saved: its field is marked, the message says why, and the text stays for correcting. When
// someone else changed the meeting meanwhile, the message offers to reload it.
class MeetingEditor : public QWidget
{
    Q_OBJECT

public:
    explicit MeetingEditor(QWidget *parent = nullptr);
    ~MeetingEditor() override;

    void setSession(UndoSession *session);
    void setLabels(const DisplayLabels &labels);
    void showMeeting(const Meeting &meeting);
    void clear();
    // Reads the meeting again from the catalogue (after someone else's change, or undo).
    void reload();
    const Meeting &meeting() const { return m_meeting; }
    bool hasMeeting() const { return m_meeting.id > 0; }
    MessageStrip *messageStrip() const { return m_message; }
    QTabWidget *sections() const { return m_tabs; }
    DelegationsEditor *delegationsEditor() const { return m_delegations; }
    DocumentsEditor *documentsEditor() const { return m_documents; }
    TopicsEditor *topicsEditor() const { return m_topics; }
    SourcesEditor *sourcesEditor() const { return m_sources; }

Q_SIGNALS:
    void meetingActivated(qint64 id);
    void addSubEventRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildForm();
    void connectFields();
    // Applies `change` to the meeting and saves it, or marks `field` with what is wrong.
    bool save(QWidget *field, const std::function<void(Meeting &)> &change);
    bool saveDate(PartialDateEdit *field, bool start);
    void refuse(QWidget *field, const QStringList &problems);
    void onChanged(const ChangeSet &changes);
    void showConflict(const Error &error);
    void fillSubEvents();
    void fillFormats(const QString &current);

    UndoSession *m_session = nullptr;
    DisplayLabels m_labels;
    Meeting m_meeting;
    bool m_saving = false;

    MessageStrip *m_message;
    QLineEdit *m_title;
    MeetingDatePlaceFields m_datePlace;
    QComboBox *m_format;
    QComboBox *m_status;
    QLineEdit *m_tone;
    QLabel *m_parent;
    QFormLayout *m_form = nullptr;
    QTabWidget *m_tabs;
    DelegationsEditor *m_delegations;
    TopicsEditor *m_topics;
    DocumentsEditor *m_documents;
    QPlainTextEdit *m_summary;
    SourcesEditor *m_sources;
    QListWidget *m_subEvents;
    QPushButton *m_addSubEvent;
};

} // namespace entente
