#include "exportscopechooser.h"

#include <QLocale>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace entente {

ExportScopeChooser::ExportScopeChooser(const ExportScope &scope, const QString &everyMeetingText,
                                       QWidget *parent)
    : QGroupBox(tr("Meetings"), parent)
    , m_currentSearch(new QRadioButton(this))
    , m_selected(new QRadioButton(this))
{
    // Tests and the keyboard audit find the choices by these object names.
    m_currentSearch->setObjectName(u"currentSearch"_s);
    m_selected->setObjectName(u"selectedMeetings"_s);
    m_currentSearch->setText(
        scope.query.isEmpty() ? everyMeetingText : tr("The &current search: %1").arg(scope.query));
    m_currentSearch->setToolTip(scope.query);
    m_selected->setText(tr("The selected &meetings (%1)")
                            .arg(locale().toString(qlonglong(scope.selectedIds.size()))));
    m_selected->setEnabled(!scope.selectedIds.isEmpty());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_currentSearch);
    layout->addWidget(m_selected);
}

bool ExportScopeChooser::useSelection() const
{
    return m_selected->isChecked();
}

void ExportScopeChooser::setUseSelection(bool selection)
{
    (selection ? m_selected : m_currentSearch)->setChecked(true);
}

} // namespace entente
