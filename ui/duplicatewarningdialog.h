#pragma once

#include "domain/meetingsummary.h"

#include <QDialog>

class QListWidget;

namespace entente {

// Before a probable duplicate is created: the meetings of the same countries within a day, with
// the choice to open one of them instead, or to go on and create the new one.
class DuplicateWarningDialog : public QDialog
{
    Q_OBJECT

public:
    enum Outcome {
        Cancelled = QDialog::Rejected,
        CreateAnyway = QDialog::Accepted,
        OpenExisting = 2
    };

    DuplicateWarningDialog(const QList<MeetingSummary> &existing, QWidget *parent = nullptr);
    // The meeting to open when the outcome is OpenExisting.
    qint64 chosenMeeting() const;
    QListWidget *list() const { return m_list; }

private:
    QListWidget *m_list;
};

} // namespace entente
