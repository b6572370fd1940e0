#include "namefolding.h"

#include <QChar>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <cstring>
#include <iterator>
#include <string_view>

using namespace Qt::StringLiterals;

namespace entente {

namespace {

using Buf = QVarLengthArray<char16_t, 128>;

void appendAscii(Buf &out, const char *s)
{
    for (; *s; ++s)
        out.append(char16_t(*s));
}

void appendCodePoint(Buf &out, char32_t c)
{
    if (QChar::requiresSurrogates(c)) {
        out.append(QChar::highSurrogate(c));
        out.append(QChar::lowSurrogate(c));
    } else {
        out.append(char16_t(c));
    }
}

QString toQString(const Buf &b)
{
    return QStringView(b.constData(), b.size()).toString();
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

// Diacritics that spelling variants add or omit freely (Latin accents, Russian stress marks, Hebrew
// points, Arabic harakat). Marks that carry a vowel in Indic and similar scripts are kept.
bool isOptionalMark(char32_t c)
{
    return (c >= 0x0300 && c <= 0x036F) || (c >= 0x0483 && c <= 0x0489) ||
           (c >= 0x0591 && c <= 0x05C7) || (c >= 0x064B && c <= 0x065F) || c == 0x0670 ||
           (c >= 0x1AB0 && c <= 0x1AFF) || (c >= 0x1DC0 && c <= 0x1DFF) ||
           (c >= 0x20D0 && c <= 0x20FF) || (c >= 0xFE20 && c <= 0xFE2F);
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
    const bool hasCaron = std::any_of(text.begin(), text.end(), [](QChar c) {
        return asciiSpelling(caronDigraphs, c.unicode()) != nullptr;
    });
    if (!hasCaron) {
        foldInto(text, out);
        return;
    }
    Buf expanded;
    for (QChar c : text) {
        if (const char *digraph = asciiSpelling(caronDigraphs, c.unicode()))
            appendAscii(expanded, digraph);
        else
            expanded.append(c.unicode());
    }
    foldInto(QStringView(expanded.constData(), expanded.size()), out);
}

// One row per Cyrillic letter: BGN/PCGN, ISO 9 and passport romanisations, and the spelling used
// inside match keys. A scheme without an entry passes the letter through.
struct Romanisation
{
    char16_t letter;
    const char16_t *bgn;
    const char16_t *iso9;
    const char16_t *passport;
    const char *key;
};

constexpr Romanisation romanisations[] = {
    {u'а', u"a", u"a", u"a", "a"},
    {u'б', u"b", u"b", u"b", "b"},
    {u'в', u"v", u"v", u"v", "v"},
    {u'г', u"g", u"g", u"g", "g"},
    {u'д', u"d", u"d", u"d", "d"},
    {u'е', u"e", u"e", u"e", "e"},
    {u'ё', u"ë", u"ë", u"e", "e"},
    {u'ж', u"zh", u"ž", u"zh", "zh"},
    {u'з', u"z", u"z", u"z", "z"},
    {u'и', u"i", u"i", u"i", "i"},
    {u'й', u"y", u"j", u"i", "y"},
    {u'к', u"k", u"k", u"k", "k"},
    {u'л', u"l", u"l", u"l", "l"},
    {u'м', u"m", u"m", u"m", "m"},
    {u'н', u"n", u"n", u"n", "n"},
    {u'о', u"o", u"o", u"o", "o"},
    {u'п', u"p", u"p", u"p", "p"},
    {u'р', u"r", u"r", u"r", "r"},
    {u'с', u"s", u"s", u"s", "s"},
    {u'т', u"t", u"t", u"t", "t"},
    {u'у', u"u", u"u", u"u", "u"},
    {u'ф', u"f", u"f", u"f", "f"},
    {u'х', u"kh", u"h", u"kh", "kh"},
    {u'ц', u"ts", u"c", u"ts", "ts"},
    {u'ч', u"ch", u"č", u"ch", "ch"},
    {u'ш', u"sh", u"š", u"sh", "sh"},
    {u'щ', u"shch", u"ŝ", u"shch", "shch"},
    {u'ъ', u"ʺ", u"ʺ", u"ie", ""},
    {u'ы', u"y", u"y", u"y", "y"},
    {u'ь', u"ʹ", u"ʹ", u"", ""},
    {u'э', u"e", u"è", u"e", "e"},
    {u'ю', u"yu", u"û", u"iu", "yu"},
    {u'я', u"ya", u"â", u"ia", "ya"},
    // Ukrainian and Belarusian
    {u'і', u"i", u"ì", u"i", "i"},
    {u'ї', u"yi", u"ï", u"i", "yi"},
    {u'є', u"ye", u"ê", u"ie", "ye"},
    {u'ґ', u"g", u"g\u0300", u"g", "g"},
    {u'ў', u"u", u"ǔ", u"u", "u"},
    // Serbian and Macedonian
    {u'ђ', u"dj", u"đ", u"d", "dj"},
    {u'ѓ', u"gj", u"ǵ", u"g", "g"},
    {u'ѕ', u"dz", u"ẑ", u"dz", "dz"},
    {u'ј', u"j", u"ǰ", u"j", "j"},
    {u'љ', u"lj", u"l\u0302", u"lj", "lj"},
    {u'њ', u"nj", u"n\u0302", u"nj", "nj"},
    {u'ћ', u"c", u"ć", u"c", "c"},
    {u'ќ', u"kj", u"ḱ", u"k", "k"},
    {u'џ', u"dzh", u"d\u0302", u"dz", "dz"},
    // Kazakh, Kyrgyz, Tatar, Tajik, Uzbek: keys only
    {u'ғ', nullptr, nullptr, nullptr, "g"},
    {u'қ', nullptr, nullptr, nullptr, "k"},
    {u'ң', nullptr, nullptr, nullptr, "n"},
    {u'ү', nullptr, nullptr, nullptr, "u"},
    {u'ұ', nullptr, nullptr, nullptr, "u"},
    {u'һ', nullptr, nullptr, nullptr, "h"},
    {u'ә', nullptr, nullptr, nullptr, "a"},
    {u'ө', nullptr, nullptr, nullptr, "o"},
    {u'җ', nullptr, nullptr, nullptr, "zh"},
    {u'ҳ', nullptr, nullptr, nullptr, "h"},
    {u'ӣ', nullptr, nullptr, nullptr, "i"},
    {u'ӯ', nullptr, nullptr, nullptr, "u"},
};

// Lower-case Cyrillic letter -> its row, indexed directly because matchKey() runs per imported
// name.
const Romanisation *romanisation(char16_t lower)
{
    static const auto index = [] {
        std::array<quint8, 0x100> rows;
        rows.fill(0xFF);
        for (std::size_t i = 0; i < std::size(romanisations); ++i)
            rows[romanisations[i].letter - 0x0400] = quint8(i);
        return rows;
    }();
    if (lower < 0x0400 || lower > 0x04FF || index[lower - 0x0400] == 0xFF)
        return nullptr;
    return &romanisations[index[lower - 0x0400]];
}

// Key spelling of a folded Cyrillic letter: one spelling per letter, nothing context-dependent, so
// that every variant rule below sees the same input whatever the source script.
const char *keyLatin(char16_t c, bool eastSlavic)
{
    const Romanisation *r = romanisation(c);
    if (r && c == u'г' && eastSlavic)
        return "h";
    return r ? r->key : nullptr;
}

bool isVowel(char16_t c)
{
    return c == u'a' || c == u'e' || c == u'i' || c == u'o' || c == u'u' || c == u'y';
}

bool isConsonant(char16_t c)
{
    return c >= u'a' && c <= u'z' && !isVowel(c);
}

// One left-to-right pass over the romanised word rewriting the spellings that differ between
// English, French, passport and scholarly romanisations of the same Cyrillic letters.
void normaliseSpelling(const Buf &s, Buf &out)
{
    const qsizetype n = s.size();
    const auto at = [&](qsizetype k) -> char16_t {
        return k < n ? s[k] : u'\0';
    };
    for (qsizetype i = 0; i < n;) {
        const char16_t c = s[i];
        const char16_t next = at(i + 1);
        switch (c) {
        case u's':
            if (next == u'h' && at(i + 2) == u'c' && at(i + 3) == u'h') {
                appendAscii(out, "shch");
                i += 4;
            } else if (next == u'h') {
                appendAscii(out, "sh");
                i += 2;
            } else {
                out.append(c);
                ++i;
            }
            break;
        case u'c':
            if (next == u'h') {
                appendAscii(out, "ch");
                i += 2;
            } else if (next == u'k') {
                out.append(u'k');
                i += 2;
            } else {
                // Cvetkov is Tsvetkov; Victor and Nicolas have a k sound
                const bool ts = next == u'e' || next == u'i' || next == u'y' || next == u'v';
                appendAscii(out, ts ? "ts" : "k");
                ++i;
            }
            break;
        case u't':
            if (next == u'c' && at(i + 2) == u'h') { // Tchaikovsky
                appendAscii(out, "ch");
                i += 3;
            } else if (next == u'h') {
                appendAscii(out, "th");
                i += 2;
            } else {
                out.append(c);
                ++i;
            }
            break;
        case u'k':
        case u'z':
        case u'g':
            if (next == u'h') {
                out.append(c);
                out.append(u'h');
                i += 2;
            } else if (c == u'g' && i > 0 && next == u'u' &&
                       (at(i + 2) == u'e' || at(i + 2) == u'i' || at(i + 2) == u'y')) {
                out.append(u'g'); // French Serguei
                i += 2;
            } else {
                out.append(c);
                ++i;
            }
            break;
        case u'p':
            if (next == u'h') {
                out.append(u'f');
                i += 2;
            } else {
                out.append(c);
                ++i;
            }
            break;
        case u'h':
            // Mihail, Zaharova, Hrushchev spell х with a bare h; an initial h before a vowel and a
            // final h are left alone so that Han and Khan stay apart.
            if ((i == 0 && isVowel(next)) || !(next >= u'a' && next <= u'z'))
                out.append(u'h');
            else
                appendAscii(out, "kh");
            ++i;
            break;
        case u'x':
            appendAscii(out, "ks");
            ++i;
            break;
        case u'j':
            out.append(i > 0 && isVowel(s[i - 1]) ? u'i' : u'j'); // Sergej, Nikolaj
            ++i;
            break;
        case u'y':
            if (i > 0 && isConsonant(s[i - 1]) && next == u'o') { // Fyodor, Pyotr, Khrushchyov: ё
                out.append(u'e');
                i += 2;
            } else {
                out.append(u'i');
                ++i;
            }
            break;
        default:
            out.append(c);
            ++i;
            break;
        }
    }
}

void collapseDoubles(Buf &s)
{
    qsizetype w = 0;
    for (qsizetype r = 0; r < s.size(); ++r) {
        const char16_t c = s[r];
        if (w > 0 && s[w - 1] == c && (isConsonant(c) || c == u'i'))
            continue;
        s[w++] = c;
    }
    s.resize(w);
}

// Ye, ie and e are interchangeable renderings of е, ье and ие (Yevgeny, Vasilyev, Matviyenko).
void dropIBeforeE(Buf &s)
{
    qsizetype w = 0;
    for (qsizetype r = 0; r < s.size(); ++r) {
        if (s[r] == u'i' && r + 1 < s.size() && s[r + 1] == u'e')
            continue;
        s[w++] = s[r];
    }
    s.resize(w);
}

void normaliseEnding(Buf &s)
{
    qsizetype n = s.size();
    // Lavroff, Smirnoff: old French-style -off/-eff (already collapsed to -of/-ef)
    if (n >= 3 && s[n - 1] == u'f' && (s[n - 2] == u'o' || s[n - 2] == u'e'))
        s[n - 1] = u'v';
    // Gorbachov(a): ё after ж ч ш щ is written o
    const qsizetype stem = (n > 0 && s[n - 1] == u'a') ? n - 1 : n;
    if (stem >= 4 && s[stem - 1] == u'v' && s[stem - 2] == u'o' && s[stem - 3] == u'h' &&
        (s[stem - 4] == u'c' || s[stem - 4] == u's' || s[stem - 4] == u'z'))
        s[stem - 2] = u'e';
    // Alexander/Aleksandr, Alexandre, Peter/Petr: a consonant + r ending
    if (n >= 4 && isConsonant(s[n - 3]) &&
        ((s[n - 2] == u'e' && s[n - 1] == u'r') || (s[n - 2] == u'r' && s[n - 1] == u'e'))) {
        s[n - 2] = u'r';
        s.resize(--n);
    }
}

bool isEastSlavicMarker(char16_t c)
{
    return c == u'і' || c == u'ї' || c == u'є' || c == u'ґ' || c == u'ў';
}

void appendWordKey(QStringView word, Buf &out)
{
    // A word with a Ukrainian or Belarusian letter is spelled in that language, where г is h.
    const bool eastSlavic = std::any_of(word.begin(), word.end(),
                                        [](QChar c) { return isEastSlavicMarker(c.unicode()); });
    Buf latin;
    for (QChar qc : word) {
        const char16_t c = qc.unicode();
        if (const char *r = keyLatin(c, eastSlavic))
            appendAscii(latin, r);
        else
            latin.append(c);
    }
    Buf key;
    normaliseSpelling(latin, key);
    collapseDoubles(key);
    dropIBeforeE(key);
    normaliseEnding(key);
    out.append(key.constData(), key.size());
}

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

bool isCyrillicVowelOrSign(char16_t c)
{
    return std::u16string_view(u"аеёиоуыэюяіїєйъь").find(c) != std::u16string_view::npos;
}

// `iotated` is true at the start of a word and after a vowel, й, ъ or ь, where BGN/PCGN writes е
// and ё as ye and yë.
QStringView latinFor(char16_t lower, NameFolding::Scheme scheme, bool iotated)
{
    const Romanisation *r = romanisation(lower);
    if (!r)
        return {};
    switch (scheme) {
    case NameFolding::Scheme::BgnPcgn:
        if (iotated && lower == u'е')
            return u"ye";
        if (iotated && lower == u'ё')
            return u"yë";
        return r->bgn;
    case NameFolding::Scheme::Iso9:
        return r->iso9;
    case NameFolding::Scheme::Passport:
        return r->passport;
    }
    return {};
}

enum class WordCase {
    Lower,
    Title,
    Upper
};

template<typename IsWordLetter>
WordCase wordCase(QStringView word, IsWordLetter isWordLetter)
{
    qsizetype letters = 0;
    bool anyLower = false;
    for (QChar c : word) {
        if (!isWordLetter(c))
            continue;
        ++letters;
        anyLower = anyLower || c.isLower();
    }
    if (letters >= 2 && !anyLower)
        return WordCase::Upper;
    for (QChar c : word) {
        if (isWordLetter(c))
            return c.isUpper() ? WordCase::Title : WordCase::Lower;
    }
    return WordCase::Lower;
}

void appendUpper(QString &out, QChar c)
{
    if (c.unicode() == 0x01F0) // ǰ has no precomposed capital
        out += u"J\u030C";
    else
        out += c.toUpper();
}

bool isCyrillicLetter(QChar c)
{
    return c.unicode() >= 0x0400 && c.unicode() <= 0x04FF && c.isLetter();
}

// Stress accents in dictionaries and textbooks (Ла́вров) are not part of the spelling.
bool isStressMark(QChar c)
{
    return c.unicode() == 0x0301 || c.unicode() == 0x0300;
}

constexpr char16_t YoMark = u'ё'; // ë in the input: keep it as ё

bool isLatinLetter(QChar c)
{
    const char16_t u = c.unicode();
    return ((u < 0x0250) || (u >= 0x1E00 && u < 0x1F00)) && c.isLetter();
}

bool isSoftSignApostrophe(char16_t c)
{
    return c == u'\'' || c == 0x2019 || c == 0x02B9 || c == 0x02BC;
}

bool isHardSignApostrophe(char16_t c)
{
    return c == 0x02BA || c == 0x201D || c == u'"';
}

bool isLatinVowel(char16_t c)
{
    return isVowel(c) || c == YoMark;
}

// Lower-case ASCII spelling of a Latin word, with ë kept as a marker and hačeks spelled out.
void latinBase(QStringView word, Buf &out)
{
    for (QChar qc : word) {
        const char16_t c = qc.toLower().unicode();
        if (isSoftSignApostrophe(c)) {
            out.append(u'\'');
        } else if (isHardSignApostrophe(c)) {
            out.append(u'"');
        } else if (c == u'ë') {
            out.append(YoMark);
        } else if (const char *digraph = asciiSpelling(caronDigraphs, c)) {
            appendAscii(out, digraph);
        } else {
            const qsizetype before = out.size();
            foldInto(QStringView(&c, 1), out);
            if (out.size() == before)
                out.append(c);
        }
    }
}

// Cyrillic for the letters whose spelling does not depend on their neighbours.
QStringView simpleCyrillic(char16_t c)
{
    static constexpr const char16_t *letters[26] = {
        u"а", u"б", u"к", u"д", u"е", u"ф", u"г", u"х", u"и", u"дж", u"к",  u"л", u"м",
        u"н", u"о", u"п", u"к", u"р", u"с", u"т", u"у", u"в", u"в",  u"кс", u"ы", u"з"};
    if (c >= u'a' && c <= u'z')
        return letters[c - u'a'];
    if (c == YoMark)
        return u"ё";
    if (c == u'\'')
        return u"ь";
    if (c == u'"')
        return u"ъ";
    return {};
}

void cyrillicForLatinWord(const Buf &b, Buf &out)
{
    const qsizetype n = b.size();
    const auto at = [&](qsizetype k) -> char16_t {
        return k >= 0 && k < n ? b[k] : u'\0';
    };
    const auto put = [&](QStringView s) {
        out.append(s.utf16(), s.size());
    };
    const auto endsWith = [&](const char *suffix) {
        const qsizetype len = qsizetype(std::strlen(suffix));
        if (len > n)
            return false;
        for (qsizetype k = 0; k < len; ++k) {
            if (b[n - len + k] != char16_t(suffix[k]))
                return false;
        }
        return true;
    };
    // A final -y/-i after a consonant: -ий (Dmitry, Zelensky), -ый after a consonant cluster ending
    // in n (Navalny), -и in Georgian -vili.
    const auto finalIy = [&](qsizetype i) {
        const char16_t prev = at(i - 1);
        if (i == 0)
            put(u"и");
        else if (isLatinVowel(prev))
            put(u"й");
        else if (prev == u'n' && isConsonant(at(i - 2)))
            put(u"ый");
        else
            put(u"ий");
    };

    for (qsizetype i = 0; i < n;) {
        const char16_t c = b[i];
        const char16_t c1 = at(i + 1);
        const char16_t c2 = at(i + 2);
        const char16_t prev = at(i - 1);
        const bool wordStartOrAfterVowel = i == 0 || isLatinVowel(prev) || prev == u'\'';
        switch (c) {
        case u'e':
            if (c1 == u'r' && i + 2 == n && endsWith("nder")) { // Alexander: Александр
                put(u"р");
                i += 2;
            } else {
                put(u"е");
                ++i;
            }
            break;
        case u's':
            if (c1 == u'h' && c2 == u'c' && at(i + 3) == u'h') {
                put(u"щ");
                i += 4;
            } else if (c1 == u'h') {
                put(u"ш");
                i += 2;
            } else if (c1 == u'c' && c2 == u'h') { // German sch
                put(u"ш");
                i += 3;
            } else {
                put(u"с");
                ++i;
            }
            break;
        case u't':
            if (c1 == u's' && c2 == u'c' && at(i + 3) == u'h') {
                put(u"ч");
                i += 4;
            } else if (c1 == u'c' && c2 == u'h') {
                put(u"ч");
                i += 3;
            } else if (c1 == u's' || c1 == u'z') {
                put(u"ц");
                i += 2;
            } else {
                put(u"т");
                i += c1 == u'h' ? 2 : 1;
            }
            break;
        case u'k':
            put(c1 == u'h' ? u"х" : u"к");
            i += c1 == u'h' ? 2 : 1;
            break;
        case u'z':
            put(c1 == u'h' ? u"ж" : u"з");
            i += c1 == u'h' ? 2 : 1;
            break;
        case u'p':
            put(c1 == u'h' ? u"ф" : u"п");
            i += c1 == u'h' ? 2 : 1;
            break;
        case u'c':
            if (c1 == u'h') {
                put(u"ч");
                i += 2;
            } else if (c1 == u'k') {
                put(u"к");
                i += 2;
            } else {
                const bool ts = c1 == u'e' || c1 == u'i' || c1 == u'y' || c1 == u'v';
                put(ts ? u"ц" : u"к");
                ++i;
            }
            break;
        case u'g':
            put(u"г");
            if (c1 == u'h' || (i > 0 && c1 == u'u' && (c2 == u'e' || c2 == u'i')))
                i += 2; // gh; French gue/gui
            else
                ++i;
            break;
        case u'd':
            if (c1 == u'z' && c2 == u'h') {
                put(u"дж");
                i += 3;
            } else {
                put(u"д");
                ++i;
            }
            break;
        case u'j':
            put(i > 0 && isLatinVowel(prev) ? u"й" : u"дж");
            ++i;
            break;
        case u'y':
            if ((c1 == u'y' || c1 == u'i') && i + 2 == n) {
                finalIy(i);
                i += 2;
            } else if (c1 == u'a' || c1 == u'u') {
                // Natalya, Ilya, Ilyushin have ь after an l that follows a vowel
                const bool soft = !wordStartOrAfterVowel && prev == u'l' && isLatinVowel(at(i - 2));
                if (soft)
                    put(u"ь");
                put(c1 == u'a' ? u"я" : u"ю");
                i += 2;
            } else if (c1 == u'e') {
                put(wordStartOrAfterVowel ? u"е" : u"ье"); // Yevgeny, Makeyev; Vasilyev
                i += 2;
            } else if (c1 == u'o') {
                put(wordStartOrAfterVowel ? u"йо" : u"ё"); // Mayorov; Fyodor
                i += 2;
            } else if (c1 == u'i') {
                put(wordStartOrAfterVowel ? u"йи" : u"ьи"); // Ilyin
                i += 2;
            } else if (i + 1 == n) {
                finalIy(i);
                ++i;
            } else {
                put(i > 0 && isLatinVowel(prev) ? u"й" : u"ы"); // Aleynik; Martynov
                ++i;
            }
            break;
        case u'i':
            if (c1 == u'a') {
                put(wordStartOrAfterVowel ? u"я" : u"ия"); // Iaroslav, Mariia; Maria
                i += 2;
            } else if (c1 == u'u') {
                put(u"ю"); // Iurii, Liudmila
                i += 2;
            } else if (c1 == u'e') {
                put(wordStartOrAfterVowel ? u"е" : u"ие"); // Ievgenii; Matvienko
                i += 2;
            } else if ((c1 == u'i' || c1 == u'y') && i + 2 == n) {
                put(u"ий"); // Dmitrii, Dmitriy
                i += 2;
            } else if (i + 1 == n && i > 0) {
                if (endsWith("vili"))
                    put(u"и"); // Georgian Saakashvili
                else
                    finalIy(i); // Sergei, Nikolai; Yuri, Dmitri
                ++i;
            } else if (i > 0 && isLatinVowel(prev) && isConsonant(c1) &&
                       !(prev == u'a' && c1 == u'l' && i + 2 == n)) {
                put(u"й"); // Aleinik, Shoigu, Chaika; but Mikhail
                ++i;
            } else {
                put(u"и");
                ++i;
            }
            break;
        default:
            if (const QStringView s = simpleCyrillic(c); !s.isNull())
                put(s);
            else
                out.append(c);
            ++i;
            break;
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
        const QStringView word = text.mid(begin, i - begin);
        const WordCase wc = wordCase(word, isCyrillicLetter);
        char16_t prevLower = 0;
        for (QChar c : word) {
            if (isStressMark(c))
                continue;
            const char16_t lower = c.toLower().unicode();
            const QStringView latin =
                latinFor(lower, scheme, prevLower == 0 || isCyrillicVowelOrSign(prevLower));
            prevLower = lower;
            if (latin.isNull()) { // a Cyrillic letter the scheme does not cover
                out += c;
                continue;
            }
            for (qsizetype k = 0; k < latin.size(); ++k) {
                if (wc == WordCase::Upper || (k == 0 && c.isUpper()))
                    appendUpper(out, latin[k]);
                else
                    out += latin[k];
            }
        }
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
        const QStringView word = text.mid(begin, i - begin);
        Buf base;
        latinBase(word, base);
        Buf cyrillic;
        cyrillicForLatinWord(base, cyrillic);
        const WordCase wc = wordCase(word, isLatinLetter);
        for (qsizetype k = 0; k < cyrillic.size(); ++k) {
            const QChar c(cyrillic[k]);
            out += (wc == WordCase::Upper || (k == 0 && wc == WordCase::Title)) ? c.toUpper() : c;
        }
    }
    return out;
}

} // namespace entente
