#include "releasedocuments.h"

#include "domain/namefolding.h"
#include "extract/releasecontext.h"

#include <QRegularExpression>
#include <QSet>

#include <optional>

using namespace Qt::StringLiterals;

namespace entente::ReleaseDocuments {

namespace {

using Group = ReleaseVocabulary::Group;
constexpr qsizetype maxTitleWords = 40;
constexpr qsizetype actionBefore = 15; // words between a verb and the document it governs
constexpr qsizetype actionAfter = 3;   // "The Memorandum … was (also) signed"

bool latin(const QString &word)
{
    return !word.isEmpty() && word.front().script() == QChar::Script_Latin;
}

bool year(const WordToken &w)
{
    return w.number && w.length() == 4;
}

const QSet<QString> &clauseWords()
{
    static const QSet<QString> set = {
        u"which"_s,     u"that"_s,    u"who"_s,         u"aimed"_s,   u"designed"_s, u"during"_s,
        u"following"_s, u"was"_s,     u"were"_s,        u"is"_s,      u"are"_s,      u"will"_s,
        u"has"_s,       u"have"_s,    u"by"_s,          u"который"_s, u"которая"_s,  u"которое"_s,
        u"которые"_s,   u"которую"_s, u"был"_s,         u"была"_s,    u"было"_s,     u"были"_s,
        u"будет"_s,     u"будут"_s,   u"присутствии"_s, u"ходе"_s,    u"итогам"_s};
    return set;
}

// Russian accusative of the title's first words back to the nominative: "Программу
// согласованных действий" → "Программа …", "Совместную декларацию" → "Совместная декларация".
QString nominativeTitle(QString title)
{
    const QStringList words = title.split(u' ');
    qsizetype offset = 0;
    for (qsizetype i = 0; i < std::min<qsizetype>(2, words.size()); ++i) {
        const QString &w = words.at(i);
        QString replacement = w;
        if (w.endsWith(u"ую"))
            replacement = w.left(w.size() - 2) + u"ая"_s;
        else if (w.endsWith(u"юю"))
            replacement = w.left(w.size() - 2) + u"яя"_s;
        else if (w.size() > 3 && w.endsWith(u'у') && w.front().script() == QChar::Script_Cyrillic)
            replacement = w.left(w.size() - 1) + u"а"_s;
        else if (w.size() > 3 && w.endsWith(u'ю') && w.front().script() == QChar::Script_Cyrillic)
            replacement = w.left(w.size() - 1) + u"я"_s;
        title.replace(offset, w.size(), replacement);
        offset += replacement.size() + 1;
    }
    return title;
}

void readPeriod(const QString &title, OutcomeDocument &doc)
{
    static const QRegularExpression period(
        u"(?:^|\\s)(?:for|на)\\s+(?:the\\s+)?(?:period\\s+|years\\s+|период\\s+)?(\\d{4})"
        "(?:\\s{0,2}(?:-|–|—|/|to)\\s{0,2}(\\d{4}))?(?!\\d)|^(\\d{4})(?:\\s{0,2}(?:-|–|—)\\s{0,2}"
        "(\\d{4}))?(?!\\d)"_s,
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = period.match(title);
    if (!m.hasMatch())
        return;
    const int from = (m.captured(1).isEmpty() ? m.captured(3) : m.captured(1)).toInt();
    const QString toText = m.captured(1).isEmpty() ? m.captured(4) : m.captured(2);
    const int to = toText.isEmpty() ? from : toText.toInt();
    if (from < 1900 || to < from || to > 2199)
        return;
    doc.periodStart = PartialDate::year(from);
    doc.periodEnd = PartialDate::year(to);
}

} // namespace

// "In development of the Programme, … signed the Plan": a phrase between the previous document
// and this one saying how this one relates to it. Read from this document, as links are.
std::optional<DocumentRelation> relationBefore(const ReleaseText &text, qsizetype from,
                                               qsizetype to)
{
    QStringList window;
    for (qsizetype i = from; i < to; ++i)
        window.append(text.words().at(i).folded);
    const QString phrase = u' ' + window.join(u' ') + u' ';
    static const QList<std::pair<QString, DocumentRelation>> phrases = {
        {u" in development of "_s, DocumentRelation::Develops},
        {u" in furtherance of "_s, DocumentRelation::Develops},
        {u" in pursuance of "_s, DocumentRelation::Develops},
        {u" pursuant to "_s, DocumentRelation::Develops},
        {u" in implementation of "_s, DocumentRelation::Develops},
        {u" to implement "_s, DocumentRelation::Develops},
        {u" implementing "_s, DocumentRelation::Develops},
        {u" в развитие "_s, DocumentRelation::Develops},
        {u" во исполнение "_s, DocumentRelation::Develops},
        {u" в рамках реализации "_s, DocumentRelation::Develops},
        {u" в целях реализации "_s, DocumentRelation::Develops},
        {u" replacing "_s, DocumentRelation::Supersedes},
        {u" to replace "_s, DocumentRelation::Supersedes},
        {u" in place of "_s, DocumentRelation::Supersedes},
        {u" superseding "_s, DocumentRelation::Supersedes},
        {u" взамен "_s, DocumentRelation::Supersedes},
        {u" renewing "_s, DocumentRelation::Renews},
        {u" extending "_s, DocumentRelation::Renews},
        {u" о продлении "_s, DocumentRelation::Renews},
        {u" amending "_s, DocumentRelation::Amends},
        {u" to amend "_s, DocumentRelation::Amends},
        {u" об изменении "_s, DocumentRelation::Amends},
        {u" о внесении изменений в "_s, DocumentRelation::Amends},
    };
    for (const auto &[words, relation] : phrases) {
        if (phrase.contains(words))
            return relation;
    }
    return std::nullopt;
}

void find(ReleaseContext &context)
{
    const ReleaseText &text = context.text();
    const auto &words = text.words();
    const ReleaseVocabulary &vocabulary = ReleaseVocabulary::instance();
    Meeting &meeting = context.draft().meeting;
    QSet<QString> seen;
    // Where each document of the draft was found: its sentence and the end of its title.
    struct Found
    {
        qsizetype sentence = 0;
        qsizetype last = 0;
    };
    QList<Found> found;
    static const QSet<QString> determiners = {u"a"_s,     u"an"_s,      u"the"_s, u"two"_s,
                                              u"three"_s, u"several"_s, u"four"_s};

    for (qsizetype index = 0; index < text.sentences().size(); ++index) {
        const ReleaseText::Sentence &s = text.sentences().at(index);
        const QList<PhraseMatch> actions = context.find(Group::DocumentAction, index);
        if (actions.isEmpty() || s.headline)
            continue;
        // An announcement's documents are not signed yet.
        const QList<PhraseMatch> future = context.find(Group::Future, index);
        if (!future.isEmpty() && future.first().first < actions.first().first)
            continue;
        qsizetype coveredUntil = s.firstWord;
        for (const PhraseMatch &kind : context.find(Group::DocumentKind, index)) {
            if (kind.first < coveredUntil)
                continue; // inside the title of the previous document
            // "In development of the Programme": a document named as what another one relates
            // to is one mentioned before, not a new one.
            if (relationBefore(text, std::max(s.firstWord, kind.first - 5), kind.first)) {
                coveredUntil = kind.last;
                continue;
            }
            const WordToken &head = words.at(kind.first);
            const QString headText = text.text().mid(head.start, head.length());
            const QString previous =
                kind.first > s.firstWord ? words.at(kind.first - 1).folded : QString();
            if (latin(headText) && !head.capitalised && !determiners.contains(previous) &&
                !(kind.first > s.firstWord && year(words.at(kind.first - 1))))
                continue;
            // The verb: the nearest one before; else one just after the title (passive).
            const PhraseMatch *action = nullptr;
            for (const PhraseMatch &a : actions) {
                if (a.last <= kind.first && kind.first - a.last <= actionBefore)
                    action = &a;
            }

            // Start: the kind word, with a year or a span of years right before it.
            qsizetype first = kind.first;
            while (first > s.firstWord && first > kind.first - 2 && year(words.at(first - 1)))
                --first;
            // End: the noun phrase ends at punctuation, a clause, or "and" before a new verb or
            // document; a period ("for 2010-2011", "на 2010–2011 годы") closes it.
            qsizetype last = kind.last;
            while (last < s.lastWord && last - first < maxTitleWords) {
                const QString gap = text.text().mid(words.at(last - 1).end,
                                                    words.at(last).start - words.at(last - 1).end);
                const bool spacedDash =
                    gap.contains(u" –") || gap.contains(u" —") || gap.contains(u" - ");
                if (gap.contains(u',') || gap.contains(u';') || gap.contains(u':') ||
                    gap.contains(u'(') || gap.contains(u')') ||
                    (spacedDash && words.at(last).capitalised))
                    break;
                const QString &w = words.at(last).folded;
                if (clauseWords().contains(w))
                    break;
                if (vocabulary.matcher(Group::DocumentAction)
                        .matchAt(text.text(), words, last, s.lastWord))
                    break;
                if ((w == u"and" || w == u"и" || w == u"as") && last + 1 < s.lastWord) {
                    qsizetype next = last + 1;
                    if (determiners.contains(words.at(next).folded) && next + 1 < s.lastWord)
                        ++next;
                    const auto &m = vocabulary.matcher(Group::DocumentAction);
                    const auto &k = vocabulary.matcher(Group::DocumentKind);
                    if (m.matchAt(text.text(), words, next, s.lastWord) ||
                        k.matchAt(text.text(), words, next, s.lastWord) ||
                        words.at(last + 1).folded == u"also" ||
                        words.at(last + 1).folded == u"также" || w == u"as")
                        break;
                }
                if ((w == u"for" || w == u"на") && last + 1 < s.lastWord &&
                    year(words.at(last + 1))) {
                    last += 2;
                    if (last < s.lastWord && year(words.at(last)))
                        ++last;
                    static const QSet<QString> yearWords = {
                        u"год"_s, u"годы"_s, u"гг"_s, u"г"_s, u"годов"_s, u"year"_s, u"years"_s};
                    if (last < s.lastWord && yearWords.contains(words.at(last).folded))
                        ++last;
                    break;
                }
                ++last;
            }
            if (!action) {
                for (const PhraseMatch &a : actions) {
                    if (a.first >= last && a.first - last <= actionAfter) {
                        action = &a;
                        break;
                    }
                }
            }
            if (!action)
                continue;
            coveredUntil = last;
            context.documentSpans.append({first, last});
            qsizetype end = words.at(last - 1).end;
            if (words.at(last - 1).dotAfter && words.at(last - 1).length() <= 2)
                ++end; // "гг."
            QString title =
                text.text().mid(words.at(first).start, end - words.at(first).start).simplified();
            title = nominativeTitle(title);
            if (!title.isEmpty())
                title[0] = title.at(0).toUpper();
            const QString key = NameFolding::fold(title);
            if (title.isEmpty() || seen.contains(key))
                continue;
            seen.insert(key);

            OutcomeDocument doc;
            doc.title = title;
            // How it relates to the document named before it, when the text says so.
            if (!meeting.documents.isEmpty()) {
                const Found &previous = found.constLast();
                const qsizetype from = previous.sentence == index ? previous.last : s.firstWord;
                if (const auto relation = relationBefore(text, from, first)) {
                    const qsizetype target = meeting.documents.size() - 1;
                    doc.links.append({*relation, MeetingDraft::documentPlaceholder(target),
                                      meeting.documents.at(target).title});
                }
            }
            found.append({index, last});
            doc.kind = vocabulary.code(Group::DocumentKind, kind.entry);
            doc.action = vocabulary.code(Group::DocumentAction, action->entry);
            if (meeting.status == MeetingStatus::Held && meeting.start.isValid() &&
                meeting.start.precision() == DatePrecision::Day)
                doc.date = meeting.start;
            readPeriod(title, doc);
            for (const Party &p : std::as_const(meeting.parties))
                doc.parties.append(p.country);
            meeting.documents.append(doc);
            const double confidence =
                kind.first - action->last <= 3 || action->first >= kind.last ? 0.85 : 0.7;
            context.addEvidence(u"documents"_s, doc.kind + u' ' + doc.action + u": "_s + doc.title,
                                index, confidence);
            for (const DocumentLink &link : std::as_const(doc.links))
                context.addEvidence(u"documents"_s,
                                    doc.title + u' ' + relationCode(link.relation) + u' ' +
                                        link.targetTitle,
                                    index, 0.75);
        }
    }
}

} // namespace entente::ReleaseDocuments
