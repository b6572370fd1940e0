#pragma once

#include "storage/vocabularyrepository.h"

#include <QDialog>

class QListWidget;
class QTabWidget;
class QTreeWidget;

namespace entente {

class UndoSession;
struct ChangeSet;

// The vocabularies an analyst extends: meeting formats, document kinds, document actions and the
// hierarchy of topics. Entries are added and renamed (each an undoable step); codes, which files
// and scripts use, never change. Countries are reference data and are not edited here.
class VocabularyDialog : public QDialog
{
    Q_OBJECT

public:
    explicit VocabularyDialog(UndoSession &session, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    // Adds an entry labelled `label` to a vocabulary (what "Add…" does after asking).
    Status addEntry(VocabularyRepository::Kind kind, const QString &label);
    Status renameEntry(VocabularyRepository::Kind kind, const QString &code, const QString &label);
    Status addTopic(const QString &name, qint64 parentId);
    Status renameTopic(qint64 id, const QString &name);

private:
    void reload();
    void onChanged(const ChangeSet &changes);
    QListWidget *list(VocabularyRepository::Kind kind) const;
    QWidget *listPage(VocabularyRepository::Kind kind);
    QWidget *topicsPage();
    void showError(const Error &error);

    UndoSession &m_session;
    QTabWidget *m_tabs;
    QListWidget *m_lists[3];
    QTreeWidget *m_topics;
};

} // namespace entente
