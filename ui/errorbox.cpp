#include "errorbox.h"

#include <QMessageBox>

namespace entente::ErrorBox {

void show(QWidget *parent, const QString &title, const Error &error)
{
    QMessageBox box(QMessageBox::Warning, title, error.message, QMessageBox::Ok, parent);
    if (!error.detail.isEmpty())
        box.setDetailedText(error.detail);
    box.exec();
}

} // namespace entente::ErrorBox
