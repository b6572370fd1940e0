#pragma once

#include <QColor>
#include <QFont>
#include <QList>

namespace entente {

// The typographic scale and colours of the reports, in one place so that every page agrees:
// serif for reading text, sans for labels, tables and figures; one accent colour; light rules.
struct ReportStyle
{
    QFont title;       // the title page and a dossier's meeting title
    QFont subtitle;    // the line under a title
    QFont heading;     // section headings
    QFont subheading;  // a delegation's country, a document's title
    QFont body;        // summaries and other running text
    QFont bodyBold;    // names inside running text
    QFont label;       // the labels of label–value lines
    QFont value;       // their values
    QFont small;       // sources' text, notes
    QFont tableHeader; // the header row of tables
    QFont tableCell;   // table rows
    QFont pageFrame;   // the running header and footer
    QFont figure;      // the big numbers of the summary
    QFont chartText;   // chart labels, axes and legends
    QFont chartTitle;  // chart titles

    QColor ink{0x1a, 0x1d, 0x21};
    QColor muted{0x5c, 0x63, 0x6b};
    QColor accent{0x1f, 0x3a, 0x5f};
    QColor rule{0xc5, 0xcb, 0xd3};
    QColor lightRule{0xe3, 0xe7, 0xec};
    QColor tableHeaderFill{0xee, 0xf1, 0xf5};
    QColor panelFill{0xf5, 0xf7, 0xf9};
    // Chart series, told apart in colour and in greyscale print; the last one is for "other".
    QList<QColor> series{QColor(0x2f, 0x5d, 0x8a), QColor(0xd0, 0x8c, 0x2c),
                         QColor(0x4f, 0x8f, 0x5f), QColor(0xb5, 0x52, 0x4a),
                         QColor(0x7a, 0x62, 0xa3), QColor(0x4a, 0xa0, 0xa8),
                         QColor(0xa8, 0x8a, 0x5a), QColor(0xc4, 0x6f, 0x97)};
    QColor otherSeries{0xa3, 0xa9, 0xb0};

    // Sizes in points; line spacing as a factor of the font's height.
    qreal lineSpacing = 1.18;

    // The house style with the report fonts (needs a QGuiApplication).
    static ReportStyle standard();
};

} // namespace entente
