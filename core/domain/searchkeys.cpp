#include "searchkeys.h"

#include "domain/datatable.h"
#include "namefoldingdetail.h"

#include <QSet>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace entente {

using namespace namefoldingdetail;

namespace {

bool isCyrillicWord(QStringView word)
{
    return std::any_of(word.begin(), word.end(), [](QChar c) { return isCyrillicLetter(c); });
}

// The case forms of Russian names and nouns in the folded word, turned back towards the form the
// key of the nominative gives: Лаврова, Лаврову, Лавровым → Лавров; Сергея, Сергею, Сергеем →
// Сергей; Юрию, Юрием, Марией, Марии → -ия (keyed like -ий, and -а is dropped from every key).
// Endings that nominatives also end in are left alone: -у, -е and -и after a consonant
// (indeclinable Шойгу, Кобахидзе, Моди) and -ой (Толстой). At least three letters remain.
QString baseForm(QStringView word)
{
    struct Rule
    {
        QStringView ending;
        bool surname; // only after -ов, -ев, -ин, -ын
        QStringView replacement;
    };
    constexpr bool surname = true;
    constexpr bool any = false;
    static const std::array rules{
        // Surnames in -ов/-ев/-ин/-ын, masculine and feminine forms.
        Rule{u"ыми", surname, u""},
        Rule{u"ым", surname, u""},
        Rule{u"ых", surname, u""},
        Rule{u"ой", surname, u""},
        Rule{u"ою", surname, u""},
        Rule{u"ом", surname, u""},
        Rule{u"у", surname, u""},
        Rule{u"е", surname, u""},
        Rule{u"ы", surname, u""},
        // Сергей, Андрей, Алексей.
        Rule{u"еем", any, u"ей"},
        Rule{u"ея", any, u"ей"},
        Rule{u"ею", any, u"ей"},
        // Юрий, Дмитрий; Мария, Россия.
        Rule{u"ием", any, u"ия"},
        Rule{u"ией", any, u"ия"},
        Rule{u"ию", any, u"ия"},
        Rule{u"ии", any, u"ия"},
        // Иван, Москва: the oblique endings no nominative ends in.
        Rule{u"ами", any, u""},
        Rule{u"ями", any, u""},
        Rule{u"ом", any, u""},
        Rule{u"ах", any, u""},
        Rule{u"ях", any, u""},
        Rule{u"ам", any, u""},
        Rule{u"ям", any, u""},
        Rule{u"ы", any, u""},
    };
    for (const Rule &rule : rules) {
        if (!word.endsWith(rule.ending))
            continue;
        const QStringView stem = word.chopped(rule.ending.size());
        if (stem.size() < 3)
            continue;
        if (rule.surname) {
            const QStringView tail = stem.right(2);
            if (tail != u"ов" && tail != u"ев" && tail != u"ин" && tail != u"ын")
                continue;
        }
        return stem.toString() + rule.replacement;
    }
    return word.toString();
}

// The key of one folded word before the common-word check: its Cyrillic case form undone, keyed
// like a name, and a final -a dropped (Захарова and Zakharova, Лаврова and Lavrov, Мария and
// Maria meet; the nominative of a feminine name is one of its case forms too).
QString candidateKey(QStringView word)
{
    const QString base = isCyrillicWord(word) ? baseForm(word) : word.toString();
    Buf key;
    appendWordKey(base, key);
    if (key.size() >= 4 && key.back() == u'a' &&
        std::all_of(key.begin(), key.end(), [](char16_t c) { return c >= u'a' && c <= u'z'; }))
        key.resize(key.size() - 1);
    return toQString(key);
}

struct CommonWords
{
    QSet<QString> words; // folded
    QSet<QString> keys;  // their candidate keys

    static const CommonWords &get()
    {
        static const CommonWords common = [] {
            CommonWords c;
            for (const QStringList &row : readDataTable(u":/data/common-words.txt"_s, 1)) {
                for (const QString &word : row.front().split(u' ', Qt::SkipEmptyParts)) {
                    const QString folded = NameFolding::fold(word);
                    c.words.insert(folded);
                    c.keys.insert(candidateKey(folded));
                }
            }
            return c;
        }();
        return common;
    }
};

template<typename F>
void forEachKey(QStringView text, F &&f)
{
    // An English possessive is not part of the name: Lavrov's is Lavrov.
    QString plain = text.toString();
    for (qsizetype i = plain.size() - 2; i > 0; --i) {
        const QChar q = plain.at(i);
        if ((q == u'\'' || q == u'\u2019') && plain.at(i + 1).toLower() == u's' &&
            (i + 2 == plain.size() || !plain.at(i + 2).isLetterOrNumber()) &&
            plain.at(i - 1).isLetter())
            plain.remove(i, 2);
    }
    Buf folded;
    foldForKey(plain, folded);
    const CommonWords &common = CommonWords::get();
    qsizetype begin = 0;
    for (qsizetype i = 0; i <= folded.size(); ++i) {
        if (i < folded.size() && folded[i] != u' ')
            continue;
        if (i > begin) {
            const QStringView word(folded.constData() + begin, i - begin);
            if (common.words.contains(word.toString())) {
                f(word.toString());
            } else {
                QString key = candidateKey(word);
                f(common.keys.contains(key) ? word.toString() : std::move(key));
            }
        }
        begin = i + 1;
    }
}

} // namespace

QString SearchKeys::of(QStringView text)
{
    QString out;
    forEachKey(text, [&out](QString key) {
        if (!out.isEmpty())
            out.append(u' ');
        out.append(key);
    });
    return out;
}

QStringList SearchKeys::words(QStringView text)
{
    QStringList out;
    forEachKey(text, [&out](QString key) { out.append(std::move(key)); });
    return out;
}

bool SearchKeys::isCommon(QStringView word)
{
    return CommonWords::get().words.contains(NameFolding::fold(word));
}

} // namespace entente
