#include "releasetext.h"

#include "extract/datescanner.h"
#include "extract/releasevocabulary.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace entente {

namespace {

constexpr qsizetype maxSentenceLength = 1500;

QRegularExpression compile(const QString &pattern)
{
    return QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption |
                                           QRegularExpression::UseUnicodePropertiesOption);
}

bool terminal(QChar c)
{
    return QStringView(u".!?…").contains(c);
}

bool closing(QChar c)
{
    return QStringView(u"\"'»”’)]").contains(c);
}

// Words whose final dot does not end a sentence.
const QSet<QString> &abbreviations()
{
    static const QSet<QString> set = {
        u"mr"_s,  u"mrs"_s, u"ms"_s,   u"dr"_s,  u"st"_s,  u"no"_s,   u"nos"_s,  u"vs"_s,
        u"jr"_s,  u"sr"_s,  u"gen"_s,  u"col"_s, u"lt"_s,  u"prof"_s, u"dept"_s, u"inc"_s,
        u"ltd"_s, u"co"_s,  u"jan"_s,  u"feb"_s, u"mar"_s, u"apr"_s,  u"jun"_s,  u"jul"_s,
        u"aug"_s, u"sep"_s, u"sept"_s, u"oct"_s, u"nov"_s, u"dec"_s,  u"e"_s,    u"i"_s,
        u"г"_s,   u"гг"_s,  u"им"_s,   u"ул"_s,  u"т"_s,   u"д"_s,    u"стр"_s,  u"см"_s,
        u"тыс"_s, u"млн"_s, u"млрд"_s, u"руб"_s, u"пр"_s,  u"др"_s,   u"н"_s,    u"э"_s};
    return set;
}

ReleaseText::LineKind classify(const QString &line)
{
    using Kind = ReleaseText::LineKind;
    const QString trimmed = line.trimmed();
    if (trimmed.isEmpty())
        return Kind::Blank;
    static const QRegularExpression url = compile(u"^(?:https?://|www\\.)\\S+$"_s);
    if (url.match(trimmed).hasMatch())
        return Kind::Url;
    static const QRegularExpression copyright =
        compile(u"©|\\(c\\)\\s*\\d|copyright|all rights reserved|все права защищены"_s);
    static const QRegularExpression updated =
        compile(u"^(?:last\\s+)?(?:updated|modified|edited|обновлено|обновлен|изменено|изменен)"_s);
    if (copyright.match(trimmed).hasMatch() || updated.match(trimmed).hasMatch())
        return Kind::Furniture;
    static const QRegularExpression menu = compile(u"\\s[|•·»›>/]\\s|\\s[|•·]|[|•·]\\s"_s);
    qsizetype separators = 0;
    QRegularExpressionMatchIterator it = menu.globalMatch(trimmed);
    while (it.hasNext() && separators < 2) {
        it.next();
        ++separators;
    }
    if (separators >= 2)
        return Kind::Furniture;

    const QList<WordToken> words = tokenizeWords(trimmed, 0, trimmed.size());
    static const QRegularExpression stamp = compile(
        u"^(?:breaking|ticker|latest|news feed|markets?|weather|share|print|subscribe|tags?|"
        "follow us|related|read more|photo|video|home|menu|search|press release|unofficial "
        "translation|лента|курсы? валют|погода|поделиться|версия для печати|подписаться|теги|"
        "фото|видео|читайте также|главная|меню|поиск|пресс-релиз|неофициальный перевод|"
        "no\\.\\s*\\d|№\\s*\\d)"_s);
    if (stamp.match(trimmed).hasMatch() && words.size() <= 8)
        return Kind::Furniture;

    // A date or a time on a line of its own (with at most a word or two: a city, "Published").
    static const QRegularExpression time =
        compile(u"(?<!\\d)\\d{1,2}:\\d{2}(?:\\s*(?:am|pm|msk|gmt|utc|мск))?"_s);
    static const QRegularExpression published = compile(
        u"(?:published|posted|date|released|опубликовано|размещено|дата(?: публикации)?)\\s*:?"_s);
    const QList<DateMention> dates = DateScanner::scan(trimmed);
    QString rest = trimmed;
    bool calendar = false;
    for (auto d = dates.crbegin(); d != dates.crend(); ++d) {
        if (d->kind == DateMention::Kind::Calendar) {
            calendar = true;
            rest.replace(d->start, d->end - d->start, u' ');
        }
    }
    const bool hasTime = time.match(rest).hasMatch();
    rest.remove(time).remove(published);
    const qsizetype restWords = tokenizeWords(rest, 0, rest.size()).size();
    if ((calendar || hasTime) && restWords <= 2)
        return calendar ? Kind::DateLine : Kind::Furniture;
    if (hasTime && words.size() <= 12 && !terminal(trimmed.back()))
        return Kind::Furniture; // a ticker: "12:45 Markets close higher"
    if (words.size() <= 2 && !terminal(trimmed.back()))
        return Kind::Furniture; // a menu item, a section name
    return Kind::Body;
}

} // namespace

ReleaseText::ReleaseText(const QString &text)
    : m_text(text.left(maxAnalysed))
{
    // One-for-one replacements only: offsets must stay those of the text as given.
    for (QChar &c : m_text) {
        const char16_t u = c.unicode();
        if (u == u'\t' || u == u'\r' || u == u'\f' || u == u'\v' || u == 0x00A0 || u == 0x2007 ||
            u == 0x202F || u == 0x2009 || u == 0x200A ||
            (c.category() == QChar::Other_Control && u != u'\n'))
            c = u' ';
        else if (u == 0x2028 || u == 0x2029)
            c = u'\n';
    }
    classifyLines();
    markHeadlineAndPublisher();

    // Body lines make paragraphs; a line that ends a sentence ends its paragraph too (one
    // paragraph per line is how releases are pasted), otherwise the next line continues it.
    qsizetype paragraphStart = -1;
    qsizetype paragraphEnd = -1;
    auto flush = [&] {
        if (paragraphStart >= 0)
            splitSentences(paragraphStart, paragraphEnd, false);
        paragraphStart = -1;
    };
    for (const Line &line : std::as_const(m_lines)) {
        if (line.kind == LineKind::Headline) {
            flush();
            splitSentences(line.start, line.end, true);
            continue;
        }
        if (line.kind != LineKind::Body) {
            flush();
            continue;
        }
        if (paragraphStart < 0)
            paragraphStart = line.start;
        paragraphEnd = line.end;
        const QString trimmed = lineText(line).trimmed();
        if (!trimmed.isEmpty() && (terminal(trimmed.back()) || closing(trimmed.back())))
            flush();
    }
    flush();
}

void ReleaseText::classifyLines()
{
    qsizetype start = 0;
    while (start <= m_text.size()) {
        qsizetype end = m_text.indexOf(u'\n', start);
        if (end < 0)
            end = m_text.size();
        Line line{start, end, LineKind::Body};
        line.kind = classify(lineText(line));
        m_lines.append(line);
        start = end + 1;
    }
}

void ReleaseText::markHeadlineAndPublisher()
{
    // A paragraph proper: six words or more, ending like a sentence.
    qsizetype firstParagraph = -1;
    qsizetype lastParagraph = -1;
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        if (m_lines.at(i).kind != LineKind::Body)
            continue;
        const QString trimmed = lineText(m_lines.at(i)).trimmed();
        const qsizetype words = tokenizeWords(trimmed, 0, trimmed.size()).size();
        if (words >= 6 && (terminal(trimmed.back()) || closing(trimmed.back()))) {
            if (firstParagraph < 0)
                firstParagraph = i;
            lastParagraph = i;
        }
    }
    const PhraseMatcher &publisher =
        ReleaseVocabulary::instance().matcher(ReleaseVocabulary::Group::Publisher);
    QList<qsizetype> headerLines; // content lines above the body that name no publisher
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        Line &line = m_lines[i];
        if (line.kind != LineKind::Body)
            continue;
        const bool header = firstParagraph < 0 || i < firstParagraph;
        const bool footer = lastParagraph >= 0 && i > lastParagraph;
        if (!header && !footer)
            continue;
        const QString text = lineText(line);
        const QList<WordToken> words = tokenizeWords(text, 0, text.size());
        // A publisher line starts with the ministry ("Ministry of …", "French Republic – Ministry
        // …", "Пресс-служба МИД …"); a headline that mentions one further on stays a headline.
        const QList<PhraseMatch> named = publisher.findAll(text, words, 0, words.size());
        if (words.size() < 25 && !named.isEmpty() && named.first().first < 3 &&
            !text.trimmed().endsWith(u'.')) {
            line.kind = LineKind::Publisher;
            continue;
        }
        if (header && words.size() >= 3 && !text.trimmed().endsWith(u'.'))
            headerLines.append(i);
    }
    // The headline is the last of them, right above the body; those above it are section names
    // and slogans of the page. With no paragraph proper, the first line heads the rest.
    if (headerLines.isEmpty())
        return;
    const qsizetype headline = firstParagraph >= 0 ? headerLines.last() : headerLines.first();
    if (firstParagraph < 0 && headline + 1 >= m_lines.size())
        return;
    m_lines[headline].kind = LineKind::Headline;
    for (const qsizetype i : std::as_const(headerLines)) {
        if (i < headline)
            m_lines[i].kind = LineKind::Furniture;
    }
}

bool ReleaseText::endsSentence(qsizetype dot, qsizetype from) const
{
    if (m_text.at(dot) != u'.')
        return true;
    qsizetype w = dot;
    while (w > from && (m_text.at(w - 1).isLetter()))
        --w;
    const QString word = m_text.mid(w, dot - w);
    if (word.size() == 1 && word.front().isUpper())
        return false; // an initial: S. Lavrov, С.В. Лавров
    const QString folded = word.toLower();
    if (!abbreviations().contains(folded))
        return true;
    // "2009 г. В Москве…": after a year, "г." is the year's and the sentence may end.
    if (folded == u"г" || folded == u"гг") {
        qsizetype b = w - 1;
        while (b > from && m_text.at(b) == u' ')
            --b;
        return b >= from && m_text.at(b).isDigit();
    }
    return false;
}

void ReleaseText::splitSentences(qsizetype from, qsizetype to, bool headline)
{
    qsizetype start = from;
    auto cut = [&](qsizetype end) {
        while (start < end && m_text.at(start).isSpace())
            ++start;
        qsizetype e = end;
        while (e > start && m_text.at(e - 1).isSpace())
            --e;
        if (e > start) {
            Sentence s{start, e, m_words.size(), 0, headline};
            m_words.append(tokenizeWords(m_text, start, e));
            s.lastWord = m_words.size();
            if (s.lastWord > s.firstWord)
                m_sentences.append(s);
        }
        start = end;
    };
    for (qsizetype i = from; i < to; ++i) {
        if (i - start >= maxSentenceLength && m_text.at(i).isSpace()) {
            cut(i);
            continue;
        }
        if (!terminal(m_text.at(i)))
            continue;
        qsizetype j = i + 1;
        while (j < to && (terminal(m_text.at(j)) || closing(m_text.at(j))))
            ++j;
        if (j >= to)
            break;
        if (!m_text.at(j).isSpace())
            continue;
        qsizetype k = j;
        while (k < to && m_text.at(k).isSpace())
            ++k;
        if (k >= to)
            break;
        const QChar next = m_text.at(k);
        const bool opens =
            next.isUpper() || next.isDigit() || QStringView(u"«“\"'(–—-").contains(next);
        if (opens && endsSentence(i, from)) {
            cut(j);
            i = j - 1;
        }
    }
    cut(to);
}

QString ReleaseText::lineText(const Line &line) const
{
    return m_text.mid(line.start, line.end - line.start);
}

QString ReleaseText::sentenceText(const Sentence &sentence) const
{
    return m_text.mid(sentence.start, sentence.end - sentence.start).simplified();
}

QString ReleaseText::headline() const
{
    for (const Line &line : m_lines) {
        if (line.kind == LineKind::Headline)
            return lineText(line).simplified();
    }
    return {};
}

QString ReleaseText::url() const
{
    for (const Line &line : m_lines) {
        if (line.kind == LineKind::Url)
            return lineText(line).trimmed();
    }
    return {};
}

} // namespace entente
