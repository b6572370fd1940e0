#include "reportstyle.h"

#include "reports/reportfonts.h"

namespace entente {

namespace {

QFont font(const QString &family, qreal points, QFont::Weight weight = QFont::Normal,
           bool italic = false)
{
    QFont f(family);
    f.setPointSizeF(points);
    f.setWeight(weight);
    f.setItalic(italic);
    // Glyph outlines, no hinting: the PDF is scaled by whoever views it. No shaping where the
    // script does not need it (Latin, Cyrillic): ligatures would turn "ff" and "fi" into single
    // glyphs that copy, search and extract as other characters. Scripts that need shaping
    // (Arabic) keep it.
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setStyleStrategy(QFont::StyleStrategy(QFont::PreferOutline | QFont::PreferNoShaping));
    return f;
}

} // namespace

ReportStyle ReportStyle::standard()
{
    const QString sans = ReportFonts::sans();
    const QString serif = ReportFonts::serif();
    ReportStyle s;
    s.title = font(serif, 19, QFont::Bold);
    s.subtitle = font(sans, 10);
    s.heading = font(sans, 10.5, QFont::Bold);
    s.subheading = font(sans, 9, QFont::Bold);
    s.body = font(serif, 9.5);
    s.bodyBold = font(serif, 9.5, QFont::Bold);
    s.label = font(sans, 8);
    s.value = font(serif, 9.5);
    s.small = font(sans, 7.5);
    s.tableHeader = font(sans, 7.5, QFont::Bold);
    s.tableCell = font(sans, 7.5);
    s.pageFrame = font(sans, 7);
    s.figure = font(serif, 22, QFont::Bold);
    s.chartText = font(sans, 7);
    s.chartTitle = font(sans, 9, QFont::Bold);
    return s;
}

} // namespace entente
