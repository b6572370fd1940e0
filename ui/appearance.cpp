#include "appearance.h"

#include <QApplication>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

using namespace Qt::StringLiterals;

namespace entente::Appearance {

namespace {

const QString key = u"view/appearance"_s;

// The style the desktop gave the application, to go back to.
QString &desktopStyle()
{
    static QString name;
    return name;
}

QPalette darkPalette()
{
    // Contrasts of at least 4.5:1 for text (WCAG AA) against both bases.
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe8, 0xe8, 0xe8);
    const QColor disabled(0x8a, 0x8c, 0x90);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    p.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x3f, 0x44));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa3, 0xa8));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3b));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Link, QColor(0x7a, 0xb7, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xc0, 0x9c, 0xff));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xb8));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x45, 0x47, 0x4c));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3c, 0x40));
    p.setColor(QPalette::Mid, QColor(0x25, 0x26, 0x29));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, Qt::black);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

} // namespace

Mode load()
{
    const QString value = QSettings().value(key).toString();
    return value == u"dark" ? Mode::Dark : value == u"light" ? Mode::Light : Mode::Desktop;
}

void save(Mode mode)
{
    QSettings().setValue(key, mode == Mode::Dark    ? u"dark"_s
                              : mode == Mode::Light ? u"light"_s
                                                    : u"desktop"_s);
}

void apply(Mode mode)
{
    if (desktopStyle().isEmpty())
        desktopStyle() = QApplication::style()->name();
    if (mode == Mode::Desktop) {
        QApplication::setStyle(QStyleFactory::create(desktopStyle()));
        QApplication::setPalette(QApplication::style()->standardPalette());
        return;
    }
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    QApplication::setPalette(mode == Mode::Dark ? darkPalette()
                                                : QApplication::style()->standardPalette());
}

} // namespace entente::Appearance
