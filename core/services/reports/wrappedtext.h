#pragma once

#include <QFont>
#include <QString>

#include <memory>

class QPaintDevice;
class QPainter;
class QPointF;
class QTextLayout;

namespace entente {

// `text` cut at a word boundary near `limit` characters, with a visible mark of what was left out
// ("… [1,234 characters left out]"): a table cell or a heading that must stay within a page
// whatever the data. Text within the limit comes back as it is.
QString clippedText(const QString &text, qsizetype limit);

// Plain text broken into lines of at most `width` device units, to be drawn whole or a few lines
// at a time (a paragraph that continues on the next page). The text is never interpreted: no
// markup, no entities, no resources; line breaks in it start new lines. Lines are evenly spaced,
// so any run of them has a known height.
class WrappedText
{
public:
    WrappedText(const QString &text, const QFont &font, qreal width, const QPaintDevice *device,
                qreal spacing, Qt::Alignment alignment = Qt::AlignLeft);
    ~WrappedText();
    WrappedText(WrappedText &&) noexcept;
    WrappedText &operator=(WrappedText &&) noexcept;

    int lineCount() const { return m_lineCount; }
    // Distance from one line's top to the next.
    qreal lineHeight() const { return m_lineHeight; }
    qreal height() const { return heightOf(m_lineCount); }
    qreal heightOf(int lines) const { return lines * m_lineHeight; }
    // How many lines fit in `height`.
    int linesFitting(qreal height) const;
    // The widest line.
    qreal naturalWidth() const { return m_naturalWidth; }

    // Draws lines [first, first + count) with the top of line `first` at `topLeft`.
    void draw(QPainter *painter, const QPointF &topLeft, int first = 0, int count = -1) const;

private:
    QString m_text;
    QFont m_font;
    qreal m_width = 0;
    qreal m_lineHeight = 0;
    qreal m_ascent = 0;
    qreal m_halfLeading = 0;
    qreal m_naturalWidth = 0;
    int m_lineCount = 0;
    Qt::Alignment m_alignment;
    // Only for text that needs more than one line: a single line is drawn directly, which is
    // most table cells and several times cheaper.
    std::unique_ptr<QTextLayout> m_layout;
};

} // namespace entente
