#include "wordtoken.h"

#include "domain/namefolding.h"

namespace entente {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'\u2019' || c == u'\u02BC';
}

} // namespace

QList<WordToken> tokenizeWords(const QString &text, qsizetype from, qsizetype to)
{
    QList<WordToken> words;
    qsizetype i = from;
    while (i < to) {
        if (!isWordChar(text.at(i))) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < to) {
            const QChar c = text.at(i);
            if (isWordChar(c)) {
                ++i;
            } else if (isApostrophe(c) && i + 1 < to && isWordChar(text.at(i + 1))) {
                // A possessive 's ends the word; any other inner apostrophe belongs to it.
                const bool possessive = (text.at(i + 1) == u's' || text.at(i + 1) == u'S') &&
                                        (i + 2 >= to || !isWordChar(text.at(i + 2)));
                if (possessive)
                    break;
                ++i;
            } else {
                break;
            }
        }
        WordToken w;
        w.start = start;
        w.end = i;
        const QStringView word = QStringView(text).mid(start, i - start);
        w.folded = NameFolding::fold(word);
        w.capitalised = word.front().isUpper();
        int letters = 0;
        bool upper = true;
        bool digits = true;
        for (const QChar c : word) {
            if (c.isLetter()) {
                ++letters;
                upper = upper && c.isUpper();
            }
            digits = digits && c.isDigit();
        }
        w.allCaps = letters >= 2 && upper;
        w.number = digits;
        w.dotAfter = i < to && text.at(i) == u'.';
        words.append(w);
        // Skip the possessive 's.
        if (i < to && isApostrophe(text.at(i)))
            i += 2;
    }
    return words;
}

} // namespace entente
