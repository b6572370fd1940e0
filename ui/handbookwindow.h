#pragma once

#include <QMainWindow>

class QTextBrowser;

namespace entente {

// The Entente Handbook, read offline: the Markdown pages of docs/handbook, compiled into the
// program, shown in a browser window with back, forward and contents. One window, raised again
// when help is asked for another page.
class HandbookWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit HandbookWindow(QWidget *parent = nullptr);

    // Shows `page` ("searching.md"; the contents when empty or unknown) and raises the window.
    void showPage(const QString &page);
    // The page shown, as its file name, and its heading.
    QString currentPage() const;
    QString pageTitle() const;
    QTextBrowser *browser() const { return m_browser; }

    // The handbook page that explains the widget with the focus: the search bar's, an editor's…
    static QString pageFor(const QWidget *focus);

private:
    QTextBrowser *m_browser;
};

} // namespace entente
