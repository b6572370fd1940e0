#include "personfinder.h"

#include "extract/datescanner.h"
#include "extract/gazetteer.h"
#include "extract/releasevocabulary.h"
#include "extract/russianforms.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace entente {

namespace {

using Vocabulary = ReleaseVocabulary;
constexpr qsizetype maxNameWords = 4;

// Capitalised words that start sentences and clauses rather than names.
const QSet<QString> &stopWords()
{
    static const QSet<QString> set = {
        u"the"_s,       u"a"_s,     u"an"_s,      u"on"_s,        u"in"_s,     u"at"_s,
        u"and"_s,       u"he"_s,    u"she"_s,     u"they"_s,      u"during"_s, u"this"_s,
        u"that"_s,      u"his"_s,   u"her"_s,     u"their"_s,     u"it"_s,     u"after"_s,
        u"before"_s,    u"while"_s, u"both"_s,    u"following"_s, u"today"_s,  u"minister"_s,
        u"ministers"_s, u"mr"_s,    u"mrs"_s,     u"ms"_s,        u"в"_s,      u"во"_s,
        u"на"_s,        u"с"_s,     u"со"_s,      u"по"_s,        u"и"_s,      u"он"_s,
        u"она"_s,       u"они"_s,   u"стороны"_s, u"министры"_s,  u"также"_s,  u"сегодня"_s,
        u"господин"_s,  u"г"_s};
    return set;
}

const QSet<QString> &particles()
{
    static const QSet<QString> set = {u"de"_s,  u"da"_s, u"dos"_s, u"du"_s,  u"di"_s, u"van"_s,
                                      u"von"_s, u"al"_s, u"bin"_s, u"ibn"_s, u"le"_s};
    return set;
}

const QSet<QString> &honorifics()
{
    static const QSet<QString> set = {u"mr"_s, u"mrs"_s,      u"ms"_s,     u"dr"_s,
                                      u"h"_s,  u"господин"_s, u"госпожа"_s};
    return set;
}

// The case a Russian preposition governs, for a name that follows it with no title.
RussianForms::Case caseAfter(const QString &preposition)
{
    using Case = RussianForms::Case;
    static const QHash<QString, Case> table = {
        {u"с"_s, Case::Instrumental},   {u"со"_s, Case::Instrumental},
        {u"у"_s, Case::Genitive},       {u"от"_s, Case::Genitive},
        {u"для"_s, Case::Genitive},     {u"из"_s, Case::Genitive},
        {u"к"_s, Case::Dative},         {u"о"_s, Case::Prepositional},
        {u"об"_s, Case::Prepositional}, {u"при"_s, Case::Prepositional}};
    return table.value(preposition, Case::Nominative);
}

} // namespace

PersonFinder::PersonFinder(const ReleaseText &text)
    : m_text(text)
{}

QString PersonFinder::between(qsizetype a, qsizetype b) const
{
    const QList<WordToken> &w = m_text.words();
    return m_text.text().mid(w.at(a).end, w.at(b).start - w.at(a).end);
}

bool PersonFinder::joined(qsizetype a, qsizetype b) const
{
    const QString gap = between(a, b);
    if (gap.size() > 3)
        return false;
    for (const QChar c : gap) {
        if (c != u' ' && c != u'.' && c != u'-' && c != u'\u2010')
            return false;
    }
    // A dot between two words is an initial's, never a sentence's.
    return !gap.contains(u'.') || m_text.words().at(a).length() <= 2;
}

bool PersonFinder::nameWord(qsizetype i) const
{
    const WordToken &w = m_text.words().at(i);
    // An initial ("С." in С.В.Лавров) is a name word even where the letter alone is a word.
    const bool initial = w.dotAfter && w.length() <= 2;
    if (!w.capitalised || w.number || w.allCaps || (!initial && stopWords().contains(w.folded)))
        return false;
    if (initial)
        return true;
    const QStringView word = QStringView(m_text.text()).mid(w.start, w.length());
    if (DateScanner::monthNumber(word) != 0)
        return false;
    const qsizetype end = m_text.words().size();
    if (Gazetteer::instance().countryAt(m_text.text(), m_text.words(), i, end) ||
        Gazetteer::instance().cityAt(m_text.text(), m_text.words(), i, end))
        return false;
    const auto &titles = Vocabulary::instance().matcher(Vocabulary::Group::Title);
    return !titles.matchAt(m_text.text(), m_text.words(), i, end);
}

std::pair<qsizetype, qsizetype> PersonFinder::nameAfter(qsizetype i, qsizetype end) const
{
    const QList<WordToken> &words = m_text.words();
    while (i < end && honorifics().contains(words.at(i).folded))
        ++i;
    const qsizetype first = i;
    qsizetype last = i;
    qsizetype count = 0;
    while (last < end && count < maxNameWords) {
        const bool particle = last > first && particles().contains(words.at(last).folded);
        if (!particle && !nameWord(last))
            break;
        if (last > first && !joined(last - 1, last))
            break;
        ++last;
        ++count;
    }
    while (last > first && particles().contains(words.at(last - 1).folded))
        --last;
    // Initials alone are not a name.
    for (qsizetype k = first; k < last; ++k) {
        if (words.at(k).length() > 2 || !words.at(k).dotAfter)
            return {first, last};
    }
    return {first, first};
}

std::pair<qsizetype, qsizetype> PersonFinder::nameBefore(qsizetype i, qsizetype begin) const
{
    qsizetype first = i;
    while (first > begin && i - first < maxNameWords && nameWord(first - 1) &&
           (first == i || joined(first - 1, first)))
        --first;
    // "Mr. Katsuya Okada, Minister …": the honorific is no part of the name.
    while (first < i && honorifics().contains(m_text.words().at(first).folded))
        ++first;
    if (first == i)
        return {i, i};
    return {first, i};
}

PersonMention PersonFinder::mention(qsizetype sentence, qsizetype nameFirst, qsizetype nameLast,
                                    qsizetype spanFirst, qsizetype spanLast,
                                    const QString &titleWord) const
{
    const QList<WordToken> &words = m_text.words();
    PersonMention m;
    m.sentence = sentence;
    m.start = words.at(spanFirst).start;
    m.end = words.at(spanLast - 1).end;
    if (nameFirst < nameLast) {
        const qsizetype from = words.at(nameFirst).start;
        qsizetype to = words.at(nameLast - 1).end;
        if (words.at(nameLast - 1).dotAfter && words.at(nameLast - 1).length() <= 2)
            ++to; // "Lavrov S."
        m.name = m_text.text().mid(from, to - from);
        const RussianForms::Case grammaticalCase = RussianForms::caseOfTitleWord(titleWord);
        QString nominative = m.name;
        for (qsizetype k = nameLast - 1; k >= nameFirst; --k) {
            const WordToken &w = words.at(k);
            const QString word = m_text.text().mid(w.start, w.length());
            const QString nom = RussianForms::nominativeOfName(word, grammaticalCase);
            if (nom != word)
                nominative.replace(w.start - from, w.length(), nom);
        }
        m.nominative = nominative;
    }
    return m;
}

QList<PersonMention> PersonFinder::titled(qsizetype sentence) const
{
    const ReleaseText::Sentence &s = m_text.sentences().at(sentence);
    const QList<WordToken> &words = m_text.words();
    const QString &text = m_text.text();
    const Vocabulary &vocabulary = Vocabulary::instance();
    const Gazetteer &gazetteer = Gazetteer::instance();
    const PhraseMatcher &titles = vocabulary.matcher(Vocabulary::Group::Title);

    QList<PersonMention> found;
    for (qsizetype i = s.firstWord; i < s.lastWord;) {
        const auto title = titles.matchAt(text, words, i, s.lastWord);
        if (!title) {
            ++i;
            continue;
        }
        const Vocabulary::TitleInfo info = vocabulary.title(title->entry);
        qsizetype spanFirst = title->first;
        qsizetype spanLast = title->last;
        QString country;
        // Before: "Belarusian Foreign Minister", "India's External Affairs Minister".
        for (qsizetype k = title->first - 1; k >= s.firstWord && k >= title->first - 3; --k) {
            const auto c = gazetteer.countryAt(text, words, k, title->first);
            if (c && c->lastWord == title->first) {
                country = c->code;
                spanFirst = k;
                break;
            }
        }
        // Inside: "глава российского МИД".
        for (const CountryMention &c : gazetteer.countries(text, words, title->first, title->last))
            country = c.code;
        // After: "Minister of Foreign Affairs of the Republic of Belarus", "Министр иностранных
        // дел Республики Беларусь".
        qsizetype k = title->last;
        if (k < s.lastWord && words.at(k).folded == u"of") {
            ++k;
            if (k < s.lastWord && words.at(k).folded == u"the")
                ++k;
        }
        if (const auto c = gazetteer.countryAt(text, words, k, s.lastWord)) {
            if (country.isEmpty())
                country = c->code;
            spanLast = c->lastWord;
            // An envoy's posting is no part of the name: "Ambassador of Azerbaijan to Georgia".
            static const QSet<QString> posting = {u"to"_s, u"in"_s, u"at"_s,
                                                  u"в"_s,  u"во"_s, u"при"_s};
            if (spanLast + 1 < s.lastWord && posting.contains(words.at(spanLast).folded)) {
                if (const auto post = gazetteer.countryAt(text, words, spanLast + 1, s.lastWord))
                    spanLast = post->lastWord;
            }
        }
        // The name after the title, else before it ("Sergey Lavrov, Minister of …").
        auto [nameFirst, nameLast] = nameAfter(spanLast, s.lastWord);
        if (nameFirst == nameLast) {
            qsizetype before = spanFirst;
            if (before > s.firstWord && words.at(before - 1).folded == u"the")
                --before;
            if (before > s.firstWord && between(before - 1, before).trimmed() == u",") {
                const auto named = nameBefore(before, s.firstWord);
                nameFirst = named.first;
                nameLast = named.second;
            }
        }
        const QString titleWord =
            text.mid(words.at(title->first).start, words.at(title->first).length());
        PersonMention m = mention(sentence, nameFirst, nameLast, std::min(spanFirst, nameFirst),
                                  std::max(spanLast, nameLast), titleWord);
        m.title = info.title;
        m.rank = info.rank;
        m.country = country;
        found.append(m);
        i = std::max({title->last, spanLast, nameLast});
    }
    return found;
}

QList<PersonMention> PersonFinder::untitledNames(qsizetype sentence,
                                                 const QList<PersonMention> &known) const
{
    const ReleaseText::Sentence &s = m_text.sentences().at(sentence);
    const QList<WordToken> &words = m_text.words();
    auto covered = [&](qsizetype i) {
        for (const PersonMention &m : known) {
            if (words.at(i).start >= m.start && words.at(i).end <= m.end)
                return true;
        }
        return false;
    };
    QList<PersonMention> found;
    for (qsizetype i = s.firstWord; i < s.lastWord;) {
        if (covered(i) || !nameWord(i)) {
            ++i;
            continue;
        }
        const auto [first, last] = nameAfter(i, s.lastWord);
        if (last - first < 2) {
            i = std::max(last, i + 1);
            continue;
        }
        const QString preposition = first > s.firstWord ? words.at(first - 1).folded : QString();
        PersonMention m = mention(sentence, first, last, first, last, QString());
        if (const auto c = caseAfter(preposition); c != RussianForms::Case::Nominative) {
            QString nominative;
            for (const QString &word : m.name.split(u' ', Qt::SkipEmptyParts))
                nominative += (nominative.isEmpty() ? QString() : u" "_s) +
                              RussianForms::nominativeOfName(word, c);
            m.nominative = nominative;
        }
        found.append(m);
        i = last;
    }
    return found;
}

} // namespace entente
