#include "namefoldingdetail.h"

#include <algorithm>

namespace entente::namefoldingdetail {

namespace {

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

// German spellings of Russian names (Lawrow, Schoigu, Gorbatschow, Sacharowa) write в as w, ш as
// sch, ч as tsch, х as ch, й as j and an initial з as s. A Latin word with w or sch is read so,
// into the English spelling the other rules then key.
bool looksGerman(const Buf &s)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i] == u'w' ||
            (s[i] == u's' && i + 2 < s.size() && s[i + 1] == u'c' && s[i + 2] == u'h'))
            return true;
    }
    return false;
}

void respellGerman(const Buf &s, Buf &out)
{
    const qsizetype n = s.size();
    const auto at = [&](qsizetype k) -> char16_t {
        return k < n ? s[k] : u'\0';
    };
    for (qsizetype i = 0; i < n;) {
        const char16_t c = s[i];
        if (c == u't' && at(i + 1) == u's' && at(i + 2) == u'c' && at(i + 3) == u'h') {
            appendAscii(out, "ch");
            i += 4;
        } else if (c == u's' && at(i + 1) == u'c' && at(i + 2) == u'h') {
            appendAscii(out, "sh");
            i += 3;
        } else if (c == u'c' && at(i + 1) == u'h') {
            appendAscii(out, "kh");
            i += 2;
        } else if (c == u'w') {
            out.append(u'v');
            ++i;
        } else if (c == u'j') {
            out.append(u'i');
            ++i;
        } else if (c == u's' && i == 0 && isVowel(at(1))) {
            out.append(u'z');
            ++i;
        } else {
            out.append(c);
            ++i;
        }
    }
}

bool isEastSlavicMarker(char16_t c)
{
    return c == u'і' || c == u'ї' || c == u'є' || c == u'ґ' || c == u'ў';
}

} // namespace

void appendWordKey(QStringView word, Buf &out)
{
    // A word with a Ukrainian or Belarusian letter is spelled in that language, where г is h.
    const bool eastSlavic = std::any_of(word.begin(), word.end(),
                                        [](QChar c) { return isEastSlavicMarker(c.unicode()); });
    Buf latin;
    bool cyrillic = false;
    for (QChar qc : word) {
        const char16_t c = qc.unicode();
        if (const char *r = keyLatin(c, eastSlavic)) {
            appendAscii(latin, r);
            cyrillic = true;
        } else {
            latin.append(c);
        }
    }
    if (!cyrillic && looksGerman(latin)) {
        Buf english;
        respellGerman(latin, english);
        latin = english;
    }
    Buf key;
    normaliseSpelling(latin, key);
    collapseDoubles(key);
    dropIBeforeE(key);
    normaliseEnding(key);
    out.append(key.constData(), key.size());
}

} // namespace entente::namefoldingdetail
