#include "keyboardaudit.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QHash>
#include <QLabel>
#include <QTabBar>
#include <QTest>

using namespace Qt::StringLiterals;

namespace entente::uitest {

namespace {

QString withoutMarker(QString text)
{
    text.replace(u"&&"_s, u"\x01"_s);
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    return text.trimmed();
}

// The letter after a single '&', lower case; a null QChar when there is none.
QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

bool insideA(QWidget *widget, QWidget *window, auto isContainer)
{
    for (QWidget *w = widget->parentWidget(); w && w != window; w = w->parentWidget()) {
        if (isContainer(w))
            return true;
    }
    return false;
}

} // namespace

QList<QWidget *> inputWidgets(QWidget *window)
{
    QList<QWidget *> found;
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(window) || !w->isEnabled() || !(w->focusPolicy() & Qt::TabFocus))
            continue;
        if (w->focusProxy())
            continue; // the proxy is the one that takes the focus
        if (insideA(w, window, [](QWidget *p) {
                return qobject_cast<QAbstractItemView *>(p) || qobject_cast<QComboBox *>(p) ||
                       qobject_cast<QAbstractSpinBox *>(p);
            }))
            continue; // cell editors, a combo's line edit, a spin box's text
        found.append(w);
    }
    return found;
}

QList<QWidget *> walkTabChain(QWidget *window, QString *problem)
{
    window->show();
    QApplication::setActiveWindow(window);
    if (!QTest::qWaitForWindowActive(window)) {
        *problem = u"the window does not become active"_s;
        return {};
    }
    QWidget *start = QApplication::focusWidget();
    if (!start) {
        QTest::keyClick(window, Qt::Key_Tab);
        start = QApplication::focusWidget();
    }
    if (!start) {
        *problem = u"nothing in the window has the focus"_s;
        return {};
    }
    QList<QWidget *> visited = {start};
    for (int step = 0; step < 500; ++step) {
        QWidget *before = QApplication::focusWidget();
        QTest::keyClick(before, Qt::Key_Tab);
        QWidget *after = QApplication::focusWidget();
        if (after == before) {
            *problem = u"Tab does not leave "_s + describe(before);
            break;
        }
        if (after == start || !after)
            break;
        if (visited.contains(after)) {
            *problem = u"Tab goes round without coming back to "_s + describe(start);
            break;
        }
        visited.append(after);
    }
    return visited;
}

QString spokenName(QWidget *field)
{
    if (!field->accessibleName().trimmed().isEmpty())
        return field->accessibleName().trimmed();
    for (QLabel *label : field->window()->findChildren<QLabel *>()) {
        if (label->buddy() == field && !withoutMarker(label->text()).isEmpty())
            return withoutMarker(label->text());
    }
    if (auto *button = qobject_cast<QAbstractButton *>(field))
        return withoutMarker(button->text());
    if (auto *tabs = qobject_cast<QTabBar *>(field)) {
        QStringList names;
        for (int i = 0; i < tabs->count(); ++i)
            names.append(withoutMarker(tabs->tabText(i)));
        return names.join(u", "_s);
    }
    return {};
}

QString describe(QWidget *widget)
{
    if (!widget)
        return u"(nothing)"_s;
    return u"%1 “%2” (%3)"_s.arg(QString::fromLatin1(widget->metaObject()->className()),
                                 widget->objectName(), spokenName(widget));
}

QStringList mnemonicProblems(QWidget *window)
{
    QStringList problems;
    QHash<QChar, QString> taken;
    const auto take = [&](const QString &text, const QString &where) {
        const QChar key = mnemonic(text);
        if (key.isNull())
            return;
        if (taken.contains(key))
            problems.append(u"Alt+%1 is both %2 and %3"_s.arg(key, taken.value(key), where));
        else
            taken.insert(key, where);
    };
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(window))
            continue;
        if (auto *label = qobject_cast<QLabel *>(w)) {
            if (mnemonic(label->text()).isNull())
                continue;
            if (!label->buddy())
                problems.append(u"the label “%1” has a mnemonic but no buddy"_s.arg(label->text()));
            take(label->text(), u"label “%1”"_s.arg(label->text()));
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            take(button->text(), u"button “%1”"_s.arg(button->text()));
        } else if (auto *box = qobject_cast<QGroupBox *>(w)) {
            take(box->title(), u"group “%1”"_s.arg(box->title()));
        } else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                take(tabs->tabText(i), u"tab “%1”"_s.arg(tabs->tabText(i)));
        }
    }
    return problems;
}

} // namespace entente::uitest
