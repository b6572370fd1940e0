#include "namefoldingdetail.h"

#include <QChar>

#include <algorithm>
#include <iterator>
#include <string_view>

namespace entente::namefoldingdetail {

namespace {

void appendCodePoint(Buf &out, char32_t c)
{
    if (QChar::requiresSurrogates(c)) {
        out.append(QChar::highSurrogate(c));
        out.append(QChar::lowSurrogate(c));
    } else {
        out.append(char16_t(c));
    }
}

enum class Kind : quint8 {
    Drop,    // apostrophes and format characters vanish without splitting the word
    Space,   // punctuation, symbols and white space separate words
    Emit,    // letters, digits, script-essential marks
    Mark,    // optional diacritic: dropped, or recomposed onto a Cyrillic base
    Generic, // folded form too long for a table entry: classify at run time
};

bool isApostrophe(char32_t c)
{
    // ʹ and ʺ are the BGN/ISO 9 soft and hard signs; the rest are apostrophes and accents typed
    // as apostrophes
    static constexpr std::u16string_view apostrophes = u"'`´ʹʺʻʼʽʾʿˈ‘’‛′″＇";
    return c <= 0xFFFF && apostrophes.find(char16_t(c)) != std::u16string_view::npos;
}

struct AsciiSpelling
{
    char16_t letter;
    const char *ascii;
};

// Letters without a Unicode decomposition that readers nevertheless treat as accented Latin. ə is
// a because Azerbaijani Əliyev is Aliyev in the press.
constexpr AsciiSpelling latinOverrides[] = {
    {u'ß', "ss"}, {u'æ', "ae"}, {u'œ', "oe"}, {u'ø', "o"}, {u'đ', "d"}, {u'ð', "d"},
    {u'þ', "th"}, {u'ł', "l"},  {u'ħ', "h"},  {u'ı', "i"}, {u'ĸ', "k"}, {u'ŋ', "n"},
    {u'ŧ', "t"},  {u'ƀ', "b"},  {u'ƈ', "c"},  {u'ƒ', "f"}, {u'ƙ', "k"}, {u'ƴ', "y"},
    {u'ƶ', "z"},  {u'ǥ', "g"},  {u'ȥ', "z"},  {u'ɓ', "b"}, {u'ɔ', "o"}, {u'ɗ', "d"},
    {u'ə', "a"},  {u'ɛ', "e"},  {u'ɨ', "i"},  {u'ɲ', "n"}, {u'ʉ', "u"},
};

// Czech, Slovak, Serbo-Croatian and ISO 9 write ш ж ч щ with hačeks; matchKey() spells them out
// before fold() strips the accent, so that Šojgu and Žukov meet Shoigu and Zhukov.
constexpr AsciiSpelling caronDigraphs[] = {
    {u'Š', "Sh"}, {u'š', "sh"}, {u'Ž', "Zh"},   {u'ž', "zh"},
    {u'Č', "Ch"}, {u'č', "ch"}, {u'Ŝ', "Shch"}, {u'ŝ', "shch"},
};

template<std::size_t N>
const char *asciiSpelling(const AsciiSpelling (&table)[N], char32_t c)
{
    for (const AsciiSpelling &entry : table) {
        if (entry.letter == c)
            return entry.ascii;
    }
    return nullptr;
}

bool isCyrillic(char32_t c)
{
    return c >= 0x0400 && c <= 0x052F;
}

Kind classify(char32_t c, Buf &out, int depth = 0)
{
    if (isApostrophe(c))
        return Kind::Drop;
    switch (QChar::category(c)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
        if (isOptionalMark(c))
            return Kind::Mark;
        appendCodePoint(out, c);
        return Kind::Emit;
    case QChar::Other_Format: // soft hyphen, zero-width joiners, BOM
    case QChar::Other_Surrogate:
        return Kind::Drop;
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Number_DecimalDigit:
    case QChar::Number_Letter:
    case QChar::Number_Other:
        break;
    default:
        return Kind::Space;
    }

    if (isCyrillic(c)) {
        // Never decompose Cyrillic: Й would become И + breve. Only Ё and the stress-accented Ѐ/Ѝ
        // are variants of another letter.
        char32_t f = QChar::toCaseFolded(c);
        if (f == 0x0450 || f == 0x0451)
            f = 0x0435;
        else if (f == 0x045D)
            f = 0x0438;
        appendCodePoint(out, f);
        return Kind::Emit;
    }

    // Canonical and compatibility decomposition strips accents and unfolds ligatures, full-width
    // and styled letters. Hangul syllables would fall apart into jamo, so they are left whole.
    const bool hangulSyllable = c >= 0xAC00 && c <= 0xD7A3;
    if (depth < 4 && !hangulSyllable && QChar::decompositionTag(c) != QChar::NoDecomposition) {
        const QString parts = QChar::decomposition(c);
        const qsizetype before = out.size();
        for (qsizetype i = 0; i < parts.size(); ++i) {
            char32_t part = parts.at(i).unicode();
            if (QChar::isHighSurrogate(part) && i + 1 < parts.size())
                part = QChar::surrogateToUcs4(char16_t(part), parts.at(++i).unicode());
            Buf piece;
            if (classify(part, piece, depth + 1) == Kind::Emit)
                out.append(piece.constData(), piece.size());
        }
        if (out.size() > before)
            return Kind::Emit;
    }

    const char32_t f = QChar::toCaseFolded(c);
    if (const char *ascii = asciiSpelling(latinOverrides, f))
        appendAscii(out, ascii);
    else
        appendCodePoint(out, f);
    return Kind::Emit;
}

struct FoldEntry
{
    char16_t ch[3];
    quint8 len;
    Kind kind;
};

// Precomputed classification of the ranges names live in, so the common path is one lookup per
// UTF-16 unit and never touches the Unicode property tables.
class FoldTable
{
public:
    FoldTable()
    {
        for (char32_t c = 0; c < LowEnd; ++c)
            m_low[c] = makeEntry(c);
        for (char32_t c = ExtBegin; c < ExtEnd; ++c)
            m_ext[c - ExtBegin] = makeEntry(c);
    }

    const FoldEntry *find(char16_t c) const
    {
        if (c < LowEnd)
            return &m_low[c];
        if (c >= ExtBegin && c < ExtEnd)
            return &m_ext[c - ExtBegin];
        return nullptr;
    }

private:
    static constexpr char32_t LowEnd = 0x0600;   // Latin, IPA, Greek, Cyrillic, Armenian, Hebrew
    static constexpr char32_t ExtBegin = 0x1E00; // Latin Extended Additional, Greek Extended,
    static constexpr char32_t ExtEnd = 0x2070;   // General Punctuation

    static FoldEntry makeEntry(char32_t c)
    {
        Buf out;
        FoldEntry e{{}, 0, classify(c, out)};
        if (out.size() > qsizetype(std::size(e.ch))) {
            e.kind = Kind::Generic;
            return e;
        }
        e.len = quint8(out.size());
        std::copy(out.cbegin(), out.cend(), e.ch);
        return e;
    }

    FoldEntry m_low[LowEnd];
    FoldEntry m_ext[ExtEnd - ExtBegin];
};

const FoldTable &foldTable()
{
    static const FoldTable table;
    return table;
}

// Decomposed input spells й as и + U+0306: put back the Cyrillic letters fold() keeps distinct.
void composeCyrillic(char16_t &base, char32_t mark)
{
    switch (mark) {
    case 0x0306:
        if (base == u'и')
            base = u'й';
        else if (base == u'у')
            base = u'ў';
        break;
    case 0x0308:
        if (base == u'і')
            base = u'ї';
        break;
    case 0x0301:
        if (base == u'г')
            base = u'ѓ';
        else if (base == u'к')
            base = u'ќ';
        break;
    default:
        break;
    }
}

} // namespace

bool isOptionalMark(char32_t c)
{
    return (c >= 0x0300 && c <= 0x036F) || (c >= 0x0483 && c <= 0x0489) ||
           (c >= 0x0591 && c <= 0x05C7) || (c >= 0x064B && c <= 0x065F) || c == 0x0670 ||
           (c >= 0x1AB0 && c <= 0x1AFF) || (c >= 0x1DC0 && c <= 0x1DFF) ||
           (c >= 0x20D0 && c <= 0x20FF) || (c >= 0xFE20 && c <= 0xFE2F);
}

const char *caronDigraph(char32_t c)
{
    return asciiSpelling(caronDigraphs, c);
}

void foldInto(QStringView text, Buf &out)
{
    const FoldTable &table = foldTable();
    const qsizetype start = out.size();
    bool pendingSpace = false;

    const auto apply = [&](Kind kind, char32_t c, const char16_t *s, qsizetype n) {
        switch (kind) {
        case Kind::Emit:
            if (pendingSpace) {
                out.append(u' ');
                pendingSpace = false;
            }
            out.append(s, n);
            break;
        case Kind::Space:
            pendingSpace = out.size() > start;
            break;
        case Kind::Mark:
            if (!pendingSpace && out.size() > start)
                composeCyrillic(out.last(), c);
            break;
        case Kind::Drop:
        case Kind::Generic:
            break;
        }
    };

    const char16_t *p = text.utf16();
    const char16_t *const end = p + text.size();
    while (p != end) {
        const char16_t u = *p++;
        const FoldEntry *e = table.find(u);
        if (e && e->kind != Kind::Generic) {
            apply(e->kind, u, e->ch, e->len);
            continue;
        }
        char32_t c = u;
        if (QChar::isHighSurrogate(u) && p != end && QChar::isLowSurrogate(*p))
            c = QChar::surrogateToUcs4(u, *p++);
        Buf folded;
        const Kind kind = classify(c, folded);
        apply(kind, c, folded.constData(), folded.size());
    }
}

void foldForKey(QStringView text, Buf &out)
{
    const bool hasCaron = std::any_of(text.begin(), text.end(),
                                      [](QChar c) { return caronDigraph(c.unicode()) != nullptr; });
    if (!hasCaron) {
        foldInto(text, out);
        return;
    }
    Buf expanded;
    for (QChar c : text) {
        if (const char *digraph = caronDigraph(c.unicode()))
            appendAscii(expanded, digraph);
        else
            expanded.append(c.unicode());
    }
    foldInto(QStringView(expanded.constData(), expanded.size()), out);
}

} // namespace entente::namefoldingdetail
