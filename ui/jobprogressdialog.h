#pragma once

#include <QProgressDialog>

namespace entente {

class BackgroundJob;

// The progress of a BackgroundJob, window-modal over `parent`: it appears only when the work takes
// longer than a moment, Cancel (the button, Escape, closing it) cancels the job, and it goes away
// by itself when the job finishes.
class JobProgressDialog : public QProgressDialog
{
    Q_OBJECT

public:
    JobProgressDialog(BackgroundJob *job, const QString &title, const QString &label,
                      QWidget *parent);
};

} // namespace entente
