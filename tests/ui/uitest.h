#pragma once

// Small helpers for driving real widgets in the editing tests: typing into fields as a user
// does, and answering modal dialogs that the code under test opens with exec().

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>
#include <QTimer>

#include <functional>

namespace entente::uitest {

// Types text as key presses, any script: QTest::keyClicks only knows ASCII.
inline void keyClicks(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x20 && c.unicode() < 0x7f)
            QTest::keyClick(widget, char(c.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

// Replaces the text of a line edit by typing, then presses Return (which finishes the entry).
inline void retype(QLineEdit *edit, const QString &text, bool finish = true)
{
    QApplication::setActiveWindow(edit->window());
    edit->setFocus(Qt::OtherFocusReason);
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    keyClicks(edit, text);
    if (finish)
        QTest::keyClick(edit, Qt::Key_Return);
}

// Types into a plain text field, then moves the focus away (which finishes the entry there).
inline void typeText(QPlainTextEdit *edit, const QString &text, QWidget *next)
{
    QApplication::setActiveWindow(edit->window());
    edit->setFocus(Qt::OtherFocusReason);
    edit->selectAll();
    QTest::keyClick(edit->viewport(), Qt::Key_Backspace);
    // insertPlainText is what typing ends in; keyClicks of hundreds of characters adds nothing.
    edit->insertPlainText(text);
    next->setFocus(Qt::TabFocusReason);
}

// Picks the entry of a combo box whose text is `text` from its open list, with the keyboard, as
// a user would: Alt+Down, the arrows to the entry, Return (one choice, one activation).
inline bool choose(QComboBox *combo, const QString &text)
{
    const int row = combo->findText(text);
    if (row < 0)
        return false;
    combo->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(combo, Qt::Key_Down, Qt::AltModifier);
    QAbstractItemView *list = combo->view();
    if (!list->isVisible())
        return false;
    list->setCurrentIndex(combo->model()->index(row, combo->modelColumn()));
    QTest::keyClick(list, Qt::Key_Return);
    // The offscreen platform leaves no window active once the popup closes.
    QApplication::setActiveWindow(combo->window());
    combo->setFocus(Qt::PopupFocusReason);
    return combo->currentIndex() == row;
}

// Runs `act` on the next modal dialog as soon as it is shown (call before the code that opens
// it). `act` gets the dialog and must close it. A watcher still waiting when the test function
// ends is stopped by cancelModalWatchers() (call it in cleanup()).
// `accepts`, when given, lets other modal windows pass (a progress dialog shown meanwhile).
inline void onNextModal(std::function<void(QWidget *)> act,
                        std::function<bool(QWidget *)> accepts = {})
{
    auto *timer = new QTimer(qApp);
    timer->setObjectName(QStringLiteral("modalWatcher"));
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, act, accepts] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || !modal->isVisible() || modal->property("watched").toBool())
            return;
        if (accepts && !accepts(modal))
            return;
        modal->setProperty("watched", true);
        timer->stop();
        timer->setObjectName(QString()); // done: no longer counted as waiting
        timer->deleteLater();
        act(modal);
    });
    timer->start();
}

inline int cancelModalWatchers()
{
    const QList<QTimer *> timers = qApp->findChildren<QTimer *>(QStringLiteral("modalWatcher"));
    for (QTimer *t : timers)
        delete t;
    return int(timers.size());
}

// Gives the keyboard back to `widget` after a dialog closed: the offscreen platform leaves no
// window active then.
inline void refocus(QWidget *widget)
{
    QApplication::setActiveWindow(widget->window());
    widget->setFocus(Qt::OtherFocusReason);
}

// Return in a cell editor: item delegates commit and close it on the next turn of the event
// loop, so give them that turn.
inline void commitCell(QWidget *editor)
{
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
}

// The editor an item view opened on a cell (the focused widget inside the view).
inline QWidget *cellEditor(QAbstractItemView *view)
{
    QWidget *focus = QApplication::focusWidget();
    return focus && view->isAncestorOf(focus) ? focus : nullptr;
}

} // namespace entente::uitest
