#include "namefoldingdetail.h"

#include <cstring>

namespace entente::namefoldingdetail {

namespace {

constexpr char16_t YoMark = u'ё'; // ë in the input: keep it as ё

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
        } else if (const char *digraph = caronDigraph(c)) {
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

} // namespace

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

void appendCyrillicWord(QStringView word, QString &out)
{
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

} // namespace entente::namefoldingdetail
