#include "welcomepanel.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace entente {

WelcomePanel::WelcomePanel(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(u"welcomePanel"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);

    auto *title = new QLabel(tr("Welcome to Entente"), this);
    QFont big = title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    title->setFont(big);
    auto *text = new QLabel(
        tr("This catalogue holds one sample meeting: the joint meeting of the collegiums of the "
           "Russian and Belarusian foreign ministries in Moscow on 25 November 2009. Look around "
           "it, then bring in your own material."),
        this);
    text->setWordWrap(true);

    auto *close = new QToolButton(this);
    close->setObjectName(u"dismissWelcome"_s);
    close->setAutoRaise(true);
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setToolTip(tr("Do not show this again"));
    close->setAccessibleName(tr("Close the welcome"));

    const auto button = [this](const QString &label, const QString &name, auto signal) {
        auto *b = new QPushButton(label, this);
        b->setObjectName(name);
        connect(b, &QPushButton::clicked, this, signal);
        return b;
    };
    auto *layout = new QGridLayout(this);
    layout->addWidget(title, 0, 0, 1, 3);
    layout->addWidget(close, 0, 3, Qt::AlignRight | Qt::AlignTop);
    layout->addWidget(text, 1, 0, 1, 4);
    layout->addWidget(
        button(tr("&Import a File…"), u"welcomeImport"_s, &WelcomePanel::importFileRequested), 2,
        0);
    layout->addWidget(
        button(tr("Paste a Press &Release…"), u"welcomeRelease"_s, &WelcomePanel::releaseRequested),
        2, 1);
    layout->addWidget(
        button(tr("&New Meeting…"), u"welcomeNewMeeting"_s, &WelcomePanel::newMeetingRequested), 3,
        0);
    layout->addWidget(button(tr("&Open Another Catalogue…"), u"welcomeOpen"_s,
                             &WelcomePanel::openCatalogueRequested),
                      3, 1);
    layout->setColumnStretch(2, 1);
    connect(close, &QToolButton::clicked, this, &WelcomePanel::dismissed);
}

} // namespace entente
