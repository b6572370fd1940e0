#include "savedsearchespanel.h"

#include "errorbox.h"
#include "storage/catalogue.h"
#include "storage/savedsearchrepository.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace entente {

namespace {
constexpr int idRole = Qt::UserRole + 1;
constexpr int queryRole = Qt::UserRole + 2;
} // namespace

SavedSearchesPanel::SavedSearchesPanel(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_save(new QPushButton(tr("Save…"), this))
    , m_rename(new QPushButton(tr("Rename…"), this))
    , m_delete(new QPushButton(tr("Delete"), this))
{
    m_list->setObjectName(u"savedSearches"_s);
    m_list->setAccessibleName(tr("Saved searches"));
    m_list->setToolTip(tr("Double-click a saved search to run it"));
    m_save->setObjectName(u"saveSearch"_s);
    m_save->setToolTip(tr("Save the current search under a name"));
    m_rename->setObjectName(u"renameSearch"_s);
    m_delete->setObjectName(u"deleteSearch"_s);

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_save);
    buttons->addWidget(m_rename);
    buttons->addWidget(m_delete);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(tr("Saved searches"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    layout->addWidget(title);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_save, &QPushButton::clicked, this, &SavedSearchesPanel::askSave);
    connect(m_rename, &QPushButton::clicked, this, &SavedSearchesPanel::askRename);
    connect(m_delete, &QPushButton::clicked, this, &SavedSearchesPanel::askDelete);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT runRequested(item->data(queryRole).toString());
    });
    connect(m_list, &QListWidget::currentRowChanged, this, &SavedSearchesPanel::updateButtons);
    updateButtons();
}

void SavedSearchesPanel::setCatalogue(const Catalogue *catalogue)
{
    m_catalogue = catalogue;
    reload();
}

void SavedSearchesPanel::setCurrentQuery(const QString &query)
{
    m_currentQuery = query.trimmed();
    updateButtons();
}

void SavedSearchesPanel::reload()
{
    const qint64 selected = selectedId();
    m_list->clear();
    if (m_catalogue) {
        auto searches = SavedSearchRepository(*m_catalogue).list();
        if (searches) {
            for (const SavedSearch &search : std::as_const(*searches)) {
                auto *item = new QListWidgetItem(search.name, m_list);
                item->setData(idRole, search.id);
                item->setData(queryRole, search.query);
                item->setToolTip(search.query);
                if (search.id == selected)
                    m_list->setCurrentItem(item);
            }
        }
    }
    updateButtons();
}

qint64 SavedSearchesPanel::selectedId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(idRole).toLongLong() : 0;
}

void SavedSearchesPanel::updateButtons()
{
    const bool writable = m_catalogue && !m_catalogue->isReadOnly();
    m_save->setEnabled(writable && !m_currentQuery.isEmpty());
    m_rename->setEnabled(writable && selectedId() > 0);
    m_delete->setEnabled(writable && selectedId() > 0);
}

Status SavedSearchesPanel::saveCurrent(const QString &name)
{
    if (!m_catalogue)
        return Error::invalid(tr("No catalogue is open"));
    auto id = SavedSearchRepository(*m_catalogue).save(name, m_currentQuery);
    if (!id)
        return id.error();
    reload();
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(idRole).toLongLong() == *id)
            m_list->setCurrentRow(row);
    }
    return {};
}

Status SavedSearchesPanel::renameSelected(const QString &name)
{
    if (!m_catalogue || selectedId() <= 0)
        return Error::invalid(tr("Choose a saved search first"));
    Status status = SavedSearchRepository(*m_catalogue).rename(selectedId(), name);
    reload();
    return status;
}

Status SavedSearchesPanel::deleteSelected()
{
    if (!m_catalogue || selectedId() <= 0)
        return Error::invalid(tr("Choose a saved search first"));
    Status status = SavedSearchRepository(*m_catalogue).remove(selectedId());
    reload();
    return status;
}

void SavedSearchesPanel::askSave()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save Search"),
                                               tr("Name for the search “%1”:").arg(m_currentQuery),
                                               QLineEdit::Normal, m_currentQuery, &ok);
    if (ok)
        warn(tr("Cannot Save the Search"), saveCurrent(name));
}

void SavedSearchesPanel::askRename()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename Saved Search"), tr("New name:"),
                                               QLineEdit::Normal, item->text(), &ok);
    if (ok)
        warn(tr("Cannot Rename the Search"), renameSelected(name));
}

void SavedSearchesPanel::askDelete()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Delete Saved Search"), tr("Delete the saved search “%1”?").arg(item->text()));
    if (answer == QMessageBox::Yes)
        warn(tr("Cannot Delete the Search"), deleteSelected());
}

void SavedSearchesPanel::warn(const QString &title, const Status &status)
{
    if (status)
        return;
    ErrorBox::show(this, title, status.error());
}

} // namespace entente
