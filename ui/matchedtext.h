#pragma once

#include "query/matchedwords.h"

class QLabel;

namespace entente {

// Shows user text in a label, never as markup, with the words a search matched marked in the
// palette's selection colours (readable in light and dark themes); plain text when none did.
void showMatchedText(QLabel *label, const QString &text, const MatchedWords &matched);

} // namespace entente
