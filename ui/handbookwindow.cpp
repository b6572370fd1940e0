#include "handbookwindow.h"

#include <QAction>
#include <QFile>
#include <QFileInfo>
#include <QStyle>
#include <QTextBlock>
#include <QTextBrowser>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace entente {

namespace {

const QString root = u"qrc:/handbook/"_s;
const QString contents = u"index.md"_s;

} // namespace

HandbookWindow::HandbookWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(u"handbookWindow"_s);
    setWindowTitle(tr("Entente Handbook"));
    m_browser->setObjectName(u"handbookBrowser"_s);
    m_browser->setOpenExternalLinks(true);
    m_browser->setSearchPaths({u":/handbook"_s});
    setCentralWidget(m_browser);

    QToolBar *bar = addToolBar(tr("Navigation"));
    bar->setObjectName(u"handbookNavigation"_s);
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    const auto icon = [this](const QString &name, QStyle::StandardPixmap own) {
        return QIcon::fromTheme(name, style()->standardIcon(own));
    };
    QAction *back = bar->addAction(icon(u"go-previous"_s, QStyle::SP_ArrowBack), tr("&Back"),
                                   m_browser, &QTextBrowser::backward);
    back->setShortcut(QKeySequence::Back);
    QAction *forward = bar->addAction(icon(u"go-next"_s, QStyle::SP_ArrowForward), tr("&Forward"),
                                      m_browser, &QTextBrowser::forward);
    forward->setShortcut(QKeySequence::Forward);
    bar->addAction(icon(u"go-home"_s, QStyle::SP_DirHomeIcon), tr("&Contents"), this,
                   [this] { showPage(contents); });
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QAction::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, forward, &QAction::setEnabled);
    back->setEnabled(false);
    forward->setEnabled(false);
    connect(m_browser, &QTextBrowser::sourceChanged, this, [this] {
        const QString title = pageTitle();
        setWindowTitle(title.isEmpty() ? tr("Entente Handbook")
                                       : tr("%1 — Entente Handbook").arg(title));
    });
    resize(760, 820);
}

void HandbookWindow::showPage(const QString &page)
{
    const QString name =
        !page.isEmpty() && QFile::exists(u":/handbook/"_s + page) ? page : contents;
    m_browser->setSource(QUrl(root + name), QTextDocument::MarkdownResource);
    show();
    raise();
    activateWindow();
}

QString HandbookWindow::currentPage() const
{
    return QFileInfo(m_browser->source().path()).fileName();
}

QString HandbookWindow::pageTitle() const
{
    // Markdown has no title of its own: a page's first line is its heading.
    return m_browser->document()->firstBlock().text();
}

QString HandbookWindow::pageFor(const QWidget *focus)
{
    // Each part of the window names its page in the property "handbookPage"; the nearest one
    // around the focus wins.
    for (const QWidget *w = focus; w; w = w->parentWidget()) {
        const QString page = w->property("handbookPage").toString();
        if (!page.isEmpty())
            return page;
    }
    return contents;
}

} // namespace entente
