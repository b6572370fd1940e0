#include "namefoldingdetail.h"

#include <array>
#include <iterator>
#include <string_view>

namespace entente::namefoldingdetail {

namespace {

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

void appendUpper(QString &out, QChar c)
{
    if (c.unicode() == 0x01F0) // ǰ has no precomposed capital
        out += u"J\u030C";
    else
        out += c.toUpper();
}

} // namespace

// Key spelling of a folded Cyrillic letter: one spelling per letter, nothing context-dependent, so
// that every variant rule (spellingvariants.cpp) sees the same input whatever the source script.
const char *keyLatin(char16_t c, bool eastSlavic)
{
    const Romanisation *r = romanisation(c);
    if (r && c == u'г' && eastSlavic)
        return "h";
    return r ? r->key : nullptr;
}

bool isCyrillicLetter(QChar c)
{
    return c.unicode() >= 0x0400 && c.unicode() <= 0x04FF && c.isLetter();
}

bool isStressMark(QChar c)
{
    return c.unicode() == 0x0301 || c.unicode() == 0x0300;
}

void appendLatinWord(QStringView word, NameFolding::Scheme scheme, QString &out)
{
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

} // namespace entente::namefoldingdetail
