#pragma once

#include <QIcon>
#include <QString>

class QToolButton;
class QWidget;

namespace entente {

// The editors' and panels' buttons: an icon with its text beside it (icon only when there is no
// text, as for the up and down arrows), drawn as a button rather than a flat tool.
QToolButton *makeToolButton(const QString &text, const QIcon &icon, QWidget *parent);

} // namespace entente
