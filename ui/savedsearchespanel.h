#pragma once

#include "domain/error.h"

#include <QWidget>

class QListWidget;
class QPushButton;

namespace entente {

class Catalogue;

// The saved searches of the open catalogue: save the current query under a name, rename, delete,
// and run one (activate it).
class SavedSearchesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SavedSearchesPanel(QWidget *parent = nullptr);

    // The catalogue to read and write (nullptr: none open). Reloads the list.
    void setCatalogue(const Catalogue *catalogue);
    // What "Save" saves.
    void setCurrentQuery(const QString &query);
    QListWidget *list() const { return m_list; }

    // The actions behind the buttons, without their dialogs.
    Status saveCurrent(const QString &name);
    Status renameSelected(const QString &name);
    Status deleteSelected();
    void reload();

Q_SIGNALS:
    void runRequested(const QString &query);

private:
    void askSave();
    void askRename();
    void askDelete();
    void updateButtons();
    qint64 selectedId() const;
    void warn(const QString &title, const Status &status);

    const Catalogue *m_catalogue = nullptr;
    QString m_currentQuery;
    QListWidget *m_list;
    QPushButton *m_save;
    QPushButton *m_rename;
    QPushButton *m_delete;
};

} // namespace entente
