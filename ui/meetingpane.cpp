#include "meetingpane.h"

#include "meetingdetailpane.h"
#include "meetingeditor.h"

using namespace Qt::StringLiterals;

namespace entente {

MeetingPane::MeetingPane(MeetingDetailPane *overview, QWidget *parent)
    : QTabWidget(parent)
    , m_editor(new MeetingEditor(this))
    , m_overview(overview)
{
    setObjectName(u"meetingPane"_s);
    setDocumentMode(true);
    m_editor->setObjectName(u"meetingEditor"_s);
    addTab(m_editor, tr("&Edit"));
    addTab(m_overview, tr("O&verview"));
}

void MeetingPane::setEditable(bool editable)
{
    const int editTab = indexOf(m_editor);
    if (!editable && currentIndex() == editTab)
        setCurrentWidget(m_overview);
    setTabEnabled(editTab, editable);
    setTabToolTip(editTab, editable ? QString()
                                    : tr("The catalogue is read-only: its meetings can be read, "
                                         "searched and exported, not changed."));
}

} // namespace entente
