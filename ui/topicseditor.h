#pragma once

#include "domain/meeting.h"

#include <QWidget>

class QCompleter;
class QLineEdit;
class QListView;
class QStringListModel;
class QToolButton;

namespace entente {

class TopicsModel;
class UndoSession;

// The topics of a meeting: picked from the hierarchical vocabulary by typing any part of a topic
// (its path shows where it sits), or added as a new topic by typing a name the vocabulary lacks.
class TopicsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit TopicsEditor(QWidget *parent = nullptr);

    void setSession(UndoSession *session) { m_session = session; }
    // Re-reads the vocabulary for completion.
    void reloadVocabulary();
    void setMeeting(const Meeting &meeting);
    TopicsModel *model() const { return m_model; }
    QLineEdit *field() const { return m_field; }
    // Adds what the field holds: a known topic by its name or path, else a new one.
    void addTyped();
    void removeCurrent();

Q_SIGNALS:
    void edited();

private:
    UndoSession *m_session = nullptr;
    TopicsModel *m_model;
    QListView *m_view;
    QLineEdit *m_field;
    QToolButton *m_add;
    QToolButton *m_remove;
    QStringListModel *m_paths;
    QCompleter *m_completer;
    QHash<QString, qint64> m_idsByPath;
};

} // namespace entente
