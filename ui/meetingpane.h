#pragma once

#include <QTabWidget>

namespace entente {

class MeetingDetailPane;
class MeetingEditor;

// The right-hand side of the window: the selected meeting in the editor, and read as a whole in
// the overview.
class MeetingPane : public QTabWidget
{
    Q_OBJECT

public:
    MeetingPane(MeetingDetailPane *overview, QWidget *parent = nullptr);
    MeetingEditor *editor() const { return m_editor; }
    MeetingDetailPane *overview() const { return m_overview; }
    // A catalogue that cannot be written is read in the overview: the editor's tab is disabled,
    // with the reason on it, rather than offering fields whose every change would be refused.
    void setEditable(bool editable);

private:
    MeetingEditor *m_editor;
    MeetingDetailPane *m_overview;
};

} // namespace entente
