#include "messagestrip.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace entente {

MessageStrip::MessageStrip(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_action(new QToolButton(this))
    , m_close(new QToolButton(this))
{
    setObjectName(u"messageStrip"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setObjectName(u"messageText"_s);
    m_action->setObjectName(u"messageAction"_s);
    m_action->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Close"));
    m_close->setAccessibleName(tr("Close message"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 6, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action, 0, Qt::AlignTop);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_action, &QToolButton::clicked, this, &MessageStrip::actionTriggered);
    connect(m_close, &QToolButton::clicked, this, &MessageStrip::clear);
    hide();
}

void MessageStrip::showMessage(Kind kind, const QString &text, const QString &actionText)
{
    const QStyle::StandardPixmap icon = kind == Kind::Problem   ? QStyle::SP_MessageBoxCritical
                                        : kind == Kind::Warning ? QStyle::SP_MessageBoxWarning
                                                                : QStyle::SP_MessageBoxInformation;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(size, size));
    // Soft tints of red, amber and blue over the window colour, as notification bars use.
    const QColor tint = kind == Kind::Problem   ? QColor(0xda, 0x44, 0x53)
                        : kind == Kind::Warning ? QColor(0xf6, 0x74, 0x00)
                                                : QColor(0x3d, 0xae, 0xe9);
    QPalette p = palette();
    const QColor window = QPalette().color(QPalette::Window);
    p.setColor(QPalette::Window, QColor::fromRgbF(window.redF() * 0.8 + tint.redF() * 0.2,
                                                  window.greenF() * 0.8 + tint.greenF() * 0.2,
                                                  window.blueF() * 0.8 + tint.blueF() * 0.2));
    setPalette(p);
    m_text->setText(text);
    setAccessibleDescription(text);
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty());
    show();
}

void MessageStrip::clear()
{
    m_text->clear();
    hide();
}

QString MessageStrip::text() const
{
    return m_text->text();
}

} // namespace entente
