#pragma once

#include <QFrame>

namespace entente {

// A short welcome above the meeting while the catalogue holds only the sample: what the sample
// is, and the first things to do. MainWindow shows it until the analyst acts (any of its
// buttons, an import, a new meeting, another catalogue) and never again after.
class WelcomePanel : public QFrame
{
    Q_OBJECT

public:
    explicit WelcomePanel(QWidget *parent = nullptr);

Q_SIGNALS:
    void importFileRequested();
    void releaseRequested();
    void newMeetingRequested();
    void openCatalogueRequested();
    void dismissed();
};

} // namespace entente
