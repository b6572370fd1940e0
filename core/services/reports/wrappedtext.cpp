#include "wrappedtext.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace entente {

QString clippedText(const QString &text, qsizetype limit)
{
    if (text.size() <= limit)
        return text;
    qsizetype cut = limit;
    // Back to the last space within a tenth of the limit, so no word is cut in two.
    const qsizetype space = text.lastIndexOf(u' ', limit);
    if (space > limit - limit / 10)
        cut = space;
    const qsizetype left = text.size() - cut;
    return text.left(cut).trimmed() +
           QCoreApplication::translate("ReportText", "… [%1 characters left out]")
               .arg(QLocale().toString(left));
}

WrappedText::WrappedText(const QString &text, const QFont &font, qreal width,
                         const QPaintDevice *device, qreal spacing, Qt::Alignment alignment)
    : m_text(text)
    , m_font(font, device)
    , m_width(width)
    , m_alignment(alignment)
{
    const QFontMetricsF metrics(m_font, device);
    m_lineHeight = metrics.height() * spacing;
    m_ascent = metrics.ascent();
    m_halfLeading = (m_lineHeight - metrics.height()) / 2;
    if (m_text.isEmpty())
        return;

    const bool multiline = m_text.contains(u'\n') || m_text.contains(QChar::LineSeparator);
    if (!multiline) {
        const qreal advance = metrics.horizontalAdvance(m_text);
        if (advance <= width) {
            m_lineCount = 1;
            m_naturalWidth = advance;
            return;
        }
    }

    QString layoutText = m_text;
    layoutText.replace(u'\n', QChar::LineSeparator);
    m_layout = std::make_unique<QTextLayout>(layoutText, m_font, device);
    QTextOption option;
    // Long words (addresses, codes) break anywhere rather than run off the page.
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setAlignment(alignment);
    m_layout->setTextOption(option);
    m_layout->setCacheEnabled(true);
    m_layout->beginLayout();
    for (;;) {
        QTextLine line = m_layout->createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        line.setPosition(QPointF(0, m_lineCount * m_lineHeight + m_halfLeading));
        m_naturalWidth = std::max(m_naturalWidth, line.naturalTextWidth());
        ++m_lineCount;
    }
    m_layout->endLayout();
}

WrappedText::~WrappedText() = default;
WrappedText::WrappedText(WrappedText &&) noexcept = default;
WrappedText &WrappedText::operator=(WrappedText &&) noexcept = default;

int WrappedText::linesFitting(qreal height) const
{
    if (m_lineHeight <= 0)
        return m_lineCount;
    // A hair of tolerance: a run that fits exactly must not be pushed to the next page by
    // rounding.
    return std::clamp(int(std::floor(height / m_lineHeight + 1e-6)), 0, m_lineCount);
}

void WrappedText::draw(QPainter *painter, const QPointF &topLeft, int first, int count) const
{
    if (!painter || m_lineCount == 0)
        return;
    if (count < 0)
        count = m_lineCount - first;
    count = std::min(count, m_lineCount - first);
    if (count <= 0)
        return;
    painter->setFont(m_font);
    if (!m_layout) {
        qreal x = topLeft.x();
        if (m_alignment & Qt::AlignRight)
            x += m_width - m_naturalWidth;
        else if (m_alignment & Qt::AlignHCenter)
            x += (m_width - m_naturalWidth) / 2;
        painter->drawText(QPointF(x, topLeft.y() + m_halfLeading + m_ascent), m_text);
        return;
    }
    // QTextLine::draw adds the line's own position, laid out from the text's first line.
    const QPointF origin(topLeft.x(), topLeft.y() - first * m_lineHeight);
    for (int i = first; i < first + count; ++i)
        m_layout->lineAt(i).draw(painter, origin);
}

} // namespace entente
