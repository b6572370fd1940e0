#include "matchedtext.h"

#include <QLabel>

using namespace Qt::StringLiterals;

namespace entente {

void showMatchedText(QLabel *label, const QString &text, const MatchedWords &matched)
{
    if (matched.isEmpty() || matched.spans(text).isEmpty()) {
        label->setTextFormat(Qt::PlainText);
        label->setText(text);
        return;
    }
    const QPalette palette = label->palette();
    const QString open = u"<span style=\"background-color: %1; color: %2;\">"_s.arg(
        palette.color(QPalette::Highlight).name(), palette.color(QPalette::HighlightedText).name());
    label->setTextFormat(Qt::RichText);
    label->setText(u"<span style=\"white-space: pre-wrap;\">"_s +
                   matched.marked(text, open, u"</span>"_s) + u"</span>"_s);
}

} // namespace entente
