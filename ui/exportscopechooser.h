#pragma once

#include "exportscope.h"

#include <QGroupBox>

class QRadioButton;

namespace entente {

// The "Meetings" box of Export Report… and Export Data…: the current search (every meeting when
// there is none) or the meetings selected in the table, the latter offered only when there are
// some. A dialog may add its own notes below the choices through layout().
class ExportScopeChooser : public QGroupBox
{
    Q_OBJECT

public:
    // `everyMeetingText` labels the first choice when there is no search: each dialog gives it the
    // mnemonic that its other controls leave free.
    ExportScopeChooser(const ExportScope &scope, const QString &everyMeetingText,
                       QWidget *parent = nullptr);

    // True when the selected meetings are chosen rather than the search.
    bool useSelection() const;
    void setUseSelection(bool selection);

private:
    QRadioButton *m_currentSearch;
    QRadioButton *m_selected;
};

} // namespace entente
