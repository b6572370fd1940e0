#pragma once

// What a keyboard or screen-reader user meets in a window, for the tests that hold every dialog
// to it: the input widgets Tab must reach, the focus chain Tab really walks, each field's
// spoken name and the window's mnemonics.

#include <QList>
#include <QString>
#include <QStringList>

class QWidget;

namespace entente::uitest {

// The widgets shown and enabled in `window` that take focus by Tab (focus proxies resolved;
// cell editors and the parts of combo boxes and spin boxes left out).
QList<QWidget *> inputWidgets(QWidget *window);

// Shows and activates `window`, then presses Tab from the focused widget until the focus comes
// back to it: the widgets visited, in order. A Tab that does not move the focus (a widget that
// keeps Tab for itself) ends the walk and is reported in `problem`.
QList<QWidget *> walkTabChain(QWidget *window, QString *problem);

// What a screen reader says for the field: its accessible name, the text of the label whose
// buddy it is (mnemonic marker removed), a button's text; for a focus proxy, the same of the
// widget it stands for. Empty when the field is unnamed.
QString spokenName(QWidget *field);

// A readable name for messages: class, object name and spoken name.
QString describe(QWidget *widget);

// Mnemonics (Alt+letter) used twice among the labels, buttons, group boxes and tabs shown in
// `window`, and labels whose mnemonic leads nowhere (no buddy): one line each.
QStringList mnemonicProblems(QWidget *window);

} // namespace entente::uitest
