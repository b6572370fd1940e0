#include "namefolding.h"

#include "namefoldingdetail.h"

#include <QVarLengthArray>

#include <algorithm>

namespace entente {

using namespace namefoldingdetail;

namespace {

template<typename F>
void forEachWord(const Buf &folded, F &&f)
{
    qsizetype begin = 0;
    for (qsizetype i = 0; i <= folded.size(); ++i) {
        if (i == folded.size() || folded[i] == u' ') {
            if (i > begin)
                f(QStringView(folded.constData() + begin, i - begin));
            begin = i + 1;
        }
    }
}

struct NamePart
{
    QString key;
    QString latin; // folded BGN romanisation: lets "Y." stand for Yevgeny, whose key is "evgeni"
    bool initial = false;
    bool used = false;
};

using NameParts = QVarLengthArray<NamePart, 6>;

NameParts nameParts(QStringView text)
{
    NameParts parts;
    qsizetype i = 0;
    while (i < text.size()) {
        while (i < text.size() && text[i].isSpace())
            ++i;
        const qsizetype begin = i;
        while (i < text.size() && !text[i].isSpace())
            ++i;
        QStringView token = text.mid(begin, i - begin);
        while (!token.isEmpty() && (token.back() == u',' || token.back() == u';'))
            token.chop(1);
        if (token.isEmpty())
            continue;
        // "Yu." and "Zh." are initials although they fold to two letters
        const bool abbreviated = token.back() == u'.';
        Buf folded;
        foldForKey(token, folded);
        QVarLengthArray<QStringView, 4> words;
        forEachWord(folded, [&](QStringView w) { words.append(w); });
        for (qsizetype w = 0; w < words.size(); ++w) {
            NamePart part;
            const QStringView word = words[w];
            part.initial =
                word.size() == 1 || (abbreviated && w + 1 == words.size() && word.size() <= 2);
            Buf key;
            appendWordKey(word, key);
            part.key = toQString(key);
            part.latin = NameFolding::fold(NameFolding::toLatin(word));
            parts.append(std::move(part));
        }
    }
    return parts;
}

bool initialFits(const NamePart &initial, const NamePart &other)
{
    if (other.initial)
        return initial.key == other.key || initial.latin == other.latin;
    return other.key.startsWith(initial.key) || other.latin.startsWith(initial.latin);
}

void matchInitials(NameParts &side, NameParts &otherSide)
{
    for (NamePart &ini : side) {
        if (ini.used || !ini.initial)
            continue;
        for (NamePart &other : otherSide) {
            if (!other.used && initialFits(ini, other)) {
                ini.used = other.used = true;
                break;
            }
        }
    }
}

} // namespace

QString NameFolding::fold(QStringView text)
{
    Buf out;
    foldInto(text, out);
    return toQString(out);
}

QString NameFolding::matchKey(QStringView text)
{
    Buf folded;
    foldForKey(text, folded);
    Buf key;
    forEachWord(folded, [&](QStringView word) {
        if (!key.isEmpty())
            key.append(u' ');
        appendWordKey(word, key);
    });
    return toQString(key);
}

QStringList NameFolding::matchWords(QStringView text)
{
    return matchKey(text).split(u' ', Qt::SkipEmptyParts);
}

bool NameFolding::namesMatch(QStringView a, QStringView b)
{
    NameParts left = nameParts(a);
    NameParts right = nameParts(b);
    if (left.isEmpty() || right.isEmpty())
        return false;
    // A lone word could be anybody's first name or surname.
    if (left.size() == 1 || right.size() == 1) {
        return left.size() == 1 && right.size() == 1 && !left[0].initial && !right[0].initial &&
               left[0].key == right[0].key;
    }

    int sharedWords = 0;
    for (NamePart &l : left) {
        if (l.initial)
            continue;
        for (NamePart &r : right) {
            if (!r.used && !r.initial && r.key == l.key) {
                l.used = r.used = true;
                ++sharedWords;
                break;
            }
        }
    }
    if (sharedWords == 0)
        return false;
    matchInitials(left, right);
    matchInitials(right, left);

    // Whatever is left over must sit on one side only (a patronymic, a middle initial); leftovers
    // on both sides mean different first names or different surnames.
    const auto leftover = [](const NameParts &parts) {
        return std::any_of(parts.cbegin(), parts.cend(), [](const NamePart &p) { return !p.used; });
    };
    return !(leftover(left) && leftover(right));
}

QString NameFolding::toLatin(QStringView text, Scheme scheme)
{
    // Decomposed й (и + U+0306) must reach the tables as one letter.
    QString composed;
    if (std::any_of(text.begin(), text.end(),
                    [](QChar c) { return isOptionalMark(c.unicode()); })) {
        composed = text.toString().normalized(QString::NormalizationForm_C);
        text = composed;
    }

    QString out;
    out.reserve(text.size() + text.size() / 2 + 4);
    qsizetype i = 0;
    while (i < text.size()) {
        if (!isCyrillicLetter(text[i])) {
            out += text[i++];
            continue;
        }
        const qsizetype begin = i;
        while (i < text.size() && (isCyrillicLetter(text[i]) || isStressMark(text[i])))
            ++i;
        appendLatinWord(text.mid(begin, i - begin), scheme, out);
    }
    return out;
}

QString NameFolding::toCyrillic(QStringView text)
{
    const auto inWord = [&](qsizetype k) {
        if (k >= text.size())
            return false;
        if (isLatinLetter(text[k]))
            return true;
        // an apostrophe after a consonant and before a letter is a soft or hard sign: Natal'ya
        const char16_t c = text[k].unicode();
        return (isSoftSignApostrophe(c) || isHardSignApostrophe(c)) && k > 0 &&
               isConsonant(text[k - 1].toLower().unicode()) && k + 1 < text.size() &&
               isLatinLetter(text[k + 1]);
    };

    QString out;
    out.reserve(text.size() + 4);
    qsizetype i = 0;
    while (i < text.size()) {
        if (!inWord(i)) {
            out += text[i++];
            continue;
        }
        const qsizetype begin = i;
        while (inWord(i))
            ++i;
        appendCyrillicWord(text.mid(begin, i - begin), out);
    }
    return out;
}

} // namespace entente
