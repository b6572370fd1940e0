#include "releasefields.h"

#include "extract/gazetteer.h"
#include "extract/releasecontext.h"
#include "extract/releaseextractor.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace entente::ReleaseFields {

namespace {

using Group = ReleaseVocabulary::Group;
constexpr qsizetype partyWindow = 10; // words between a format word and a country it qualifies

// "will" as a noun: "political will", "the will to continue".
bool nounWill(const ReleaseText &text, const PhraseMatch &m)
{
    const auto &words = text.words();
    static const QSet<QString> after = {u"of"_s, u"to"_s, u"and"_s, u"for"_s};
    static const QSet<QString> before = {u"political"_s, u"good"_s,  u"free"_s,   u"ill"_s,
                                         u"the"_s,       u"their"_s, u"his"_s,    u"her"_s,
                                         u"its"_s,       u"our"_s,   u"strong"_s, u"common"_s};
    const bool nextIsNoun =
        m.first + 1 < words.size() && after.contains(words.at(m.first + 1).folded);
    const bool prevIsAdjective = m.first > 0 && before.contains(words.at(m.first - 1).folded);
    return nextIsNoun || prevIsAdjective;
}

bool remote(const QString &format)
{
    return format == u"telephone_call" || format == u"video_conference";
}

bool topicPreposition(const QString &word)
{
    static const QSet<QString> set = {
        u"on"_s,         u"in"_s,   u"around"_s,    u"about"_s,    u"regarding"_s,
        u"concerning"_s, u"over"_s, u"situation"_s, u"вокруг"_s,   u"о"_s,
        u"об"_s,         u"по"_s,   u"ситуации"_s,  u"ситуация"_s, u"ситуацию"_s,
        u"обстановке"_s, u"в"_s,    u"во"_s};
    return set.contains(word);
}

} // namespace

void findLead(ReleaseContext &context)
{
    const auto &sentences = context.text().sentences();
    qsizetype firstBody = -1;
    for (qsizetype i = 0; i < sentences.size(); ++i) {
        if (sentences.at(i).headline)
            continue;
        if (firstBody < 0)
            firstBody = i;
        if (!context.formatMatches(i).isEmpty()) {
            context.setLead(i);
            return;
        }
    }
    context.setLead(firstBody >= 0 ? firstBody : (sentences.isEmpty() ? -1 : 0));
}

void findTense(ReleaseContext &context)
{
    QList<qsizetype> where = {context.lead()};
    for (qsizetype i = 0; i < context.text().sentences().size(); ++i) {
        if (context.text().sentences().at(i).headline)
            where.append(i);
    }
    for (const qsizetype sentence : std::as_const(where)) {
        std::optional<PhraseMatch> earliest;
        bool future = false;
        for (const Group group : {Group::Future, Group::Past, Group::Present}) {
            for (const PhraseMatch &m : context.find(group, sentence)) {
                if (group == Group::Future &&
                    ReleaseVocabulary::instance().code(group, m.entry) == u"will" &&
                    nounWill(context.text(), m))
                    continue;
                if (!earliest || m.first < earliest->first) {
                    earliest = m;
                    future = group == Group::Future;
                }
            }
        }
        if (earliest) {
            context.tense =
                future ? ReleaseContext::Tense::Future : ReleaseContext::Tense::PastOrPresent;
            context.tenseSentence = sentence;
            return;
        }
    }
}

void findStatus(ReleaseContext &context)
{
    Meeting &meeting = context.draft().meeting;
    for (const qsizetype sentence : context.readingOrder()) {
        const bool aboutMeeting = sentence == context.lead() ||
                                  context.text().sentences().at(sentence).headline ||
                                  !context.formatMatches(sentence).isEmpty();
        if (!aboutMeeting)
            continue;
        if (context.has(Group::Cancelled, sentence)) {
            meeting.status = MeetingStatus::Cancelled;
            context.addEvidence(u"status"_s, u"cancelled"_s, sentence, 0.85);
            return;
        }
        if (context.has(Group::Postponed, sentence)) {
            meeting.status = MeetingStatus::Postponed;
            context.addEvidence(u"status"_s, u"postponed"_s, sentence, 0.85);
            return;
        }
    }
    if (context.tense != ReleaseContext::Tense::Unknown) {
        const bool future = context.tense == ReleaseContext::Tense::Future;
        meeting.status = future ? MeetingStatus::Planned : MeetingStatus::Held;
        context.addEvidence(
            u"status"_s, statusCode(meeting.status), context.tenseSentence, 0.85,
            future ? ReleaseExtractor::tr("The text speaks of the meeting in the future tense.")
                   : ReleaseExtractor::tr("The text reports the meeting in the past or present "
                                          "tense."));
        return;
    }
    const bool ahead = meeting.start.isValid() && context.published.isValid() &&
                       meeting.start.firstDay() > context.published;
    meeting.status = ahead ? MeetingStatus::Planned : MeetingStatus::Held;
    context.addEvidence(u"status"_s, statusCode(meeting.status), context.lead(), 0.4,
                        ReleaseExtractor::tr("No verb tells the tense; read from the date."));
}

bool findFormat(ReleaseContext &context)
{
    const ReleaseVocabulary &vocabulary = ReleaseVocabulary::instance();
    Meeting &meeting = context.draft().meeting;
    for (const qsizetype sentence : context.readingOrder()) {
        const QList<PhraseMatch> matches = context.formatMatches(sentence);
        if (matches.isEmpty()) {
            if (sentence == context.lead() && context.has(Group::SubEvent, sentence)) {
                meeting.format = u"one_to_one"_s;
                context.addEvidence(u"format"_s, meeting.format, sentence, 0.7);
                return true;
            }
            continue;
        }
        const PhraseMatch *best = nullptr;
        for (const PhraseMatch &m : matches) {
            if (!best ||
                vocabulary.formatPrecedence(vocabulary.code(Group::Format, m.entry)) <
                    vocabulary.formatPrecedence(vocabulary.code(Group::Format, best->entry)))
                best = &m;
        }
        meeting.format = vocabulary.code(Group::Format, best->entry);
        double confidence = sentence == context.lead() ? 0.9 : 0.75;
        if (meeting.format == u"talks") {
            const QString &word = context.text().words().at(best->first).folded;
            const bool explicitTalks =
                word == u"talks" || word == u"negotiations" || word.startsWith(u"переговор");
            confidence -= explicitTalks ? 0.1 : 0.3;
        }
        context.addEvidence(u"format"_s, meeting.format, sentence, confidence);
        return true;
    }
    context.addEvidence(u"format"_s, meeting.format, -1, 0.2,
                        ReleaseExtractor::tr("No format is named; talks is only the default."),
                        u"default"_s);
    return false;
}

void findPlace(ReleaseContext &context)
{
    Meeting &meeting = context.draft().meeting;
    if (remote(meeting.format))
        return;
    const ReleaseText &text = context.text();
    const auto &words = text.words();
    const Gazetteer &gazetteer = Gazetteer::instance();
    static const QSet<QString> at = {u"in"_s, u"at"_s, u"в"_s, u"во"_s};
    qsizetype firstBody = -1;
    for (qsizetype i = 0; i < text.sentences().size() && firstBody < 0; ++i) {
        if (!text.sentences().at(i).headline)
            firstBody = i;
    }
    for (const qsizetype sentence : context.readingOrder()) {
        const ReleaseText::Sentence &s = text.sentences().at(sentence);
        bool travel = false;
        for (qsizetype i = s.firstWord; i < s.lastWord && !travel; ++i) {
            const QString &w = words.at(i).folded;
            travel = w.startsWith(u"visit") || w.startsWith(u"travel") || w.startsWith(u"arriv");
        }
        for (qsizetype i = s.firstWord; i < s.lastWord; ++i) {
            const auto city = gazetteer.cityAt(text.text(), words, i, s.lastWord);
            if (!city)
                continue;
            const QString previous = i > s.firstWord ? words.at(i - 1).folded : QString();
            const bool dateline = sentence == firstBody && i == s.firstWord &&
                                  text.text().mid(words.at(city->lastWord - 1).end, 1) == u",";
            if (!at.contains(previous) && !(travel && previous == u"to") && !dateline)
                continue;
            meeting.place = city->name;
            meeting.placeCountry = city->country;
            const double confidence = dateline ? 0.6 : sentence == context.lead() ? 0.85 : 0.65;
            context.addEvidence(u"place"_s, meeting.place, sentence, confidence,
                                dateline ? ReleaseExtractor::tr("Read from the dateline.")
                                         : QString());
            context.addEvidence(u"country"_s, meeting.placeCountry, sentence, confidence);
            return;
        }
    }
    // No city: "official visit to India", "визит в Индию", "will visit France".
    static const QSet<QString> linking = {u"to"_s, u"in"_s, u"в"_s, u"во"_s};
    for (const qsizetype sentence : context.readingOrder()) {
        const ReleaseText::Sentence &s = text.sentences().at(sentence);
        if (sentence != context.lead() && !s.headline)
            continue;
        for (qsizetype i = s.firstWord; i + 1 < s.lastWord; ++i) {
            const QString &w = words.at(i).folded;
            if (!w.startsWith(u"visit") && !w.startsWith(u"визит") && !w.startsWith(u"посети"))
                continue;
            qsizetype k = i + 1;
            if (linking.contains(words.at(k).folded))
                ++k;
            const auto country = gazetteer.countryAt(text.text(), words, k, s.lastWord);
            if (!country || country->adjective)
                continue;
            meeting.placeCountry = country->code;
            context.addEvidence(
                u"country"_s, meeting.placeCountry, sentence, 0.7,
                ReleaseExtractor::tr("The country visited; the text names no city."));
            return;
        }
    }
}

void findParties(ReleaseContext &context,
                 const QList<std::pair<QString, qsizetype>> &keyPeopleCountries)
{
    Meeting &meeting = context.draft().meeting;
    const ReleaseText &text = context.text();
    const auto &words = text.words();
    QList<std::pair<QString, qsizetype>> parties;
    auto add = [&](const QString &code, qsizetype sentence) {
        for (const auto &p : std::as_const(parties)) {
            if (p.first == code)
                return;
        }
        if (!code.isEmpty())
            parties.append({code, sentence});
    };
    for (const auto &[code, sentence] : keyPeopleCountries)
        add(code, sentence);
    // Countries that qualify the meeting: "Russian-Belarusian talks", "the collegiums of the
    // foreign ministries of Russia and Belarus", "российско-белорусские консультации".
    QList<qsizetype> where = {context.lead()};
    for (qsizetype i = 0; i < text.sentences().size(); ++i) {
        if (text.sentences().at(i).headline)
            where.append(i);
    }
    for (const qsizetype sentence : std::as_const(where)) {
        if (sentence < 0)
            continue;
        const ReleaseText::Sentence &s = text.sentences().at(sentence);
        const QList<PhraseMatch> formats = context.formatMatches(sentence);
        for (const CountryMention &c :
             Gazetteer::instance().countries(text.text(), words, s.firstWord, s.lastWord)) {
            bool near = false;
            for (const PhraseMatch &f : formats)
                near = near || (c.firstWord >= f.first - partyWindow &&
                                c.firstWord <= f.last + partyWindow);
            const QString previous =
                c.firstWord > s.firstWord ? words.at(c.firstWord - 1).folded : QString();
            if (near && !topicPreposition(previous))
                add(c.code, sentence);
        }
    }
    // The place's country takes part in a visit; for other formats the meeting may be held in a
    // third country (a summit), so the publisher's country comes first.
    const bool visit = meeting.format.endsWith(u"visit");
    if (visit && !meeting.placeCountry.isEmpty() && parties.size() < 2)
        add(meeting.placeCountry, context.lead());
    if (parties.size() < 2 && !context.publisherCountry.isEmpty())
        add(context.publisherCountry, -1);
    if (!meeting.placeCountry.isEmpty() && parties.size() < 2)
        add(meeting.placeCountry, context.lead());

    const bool hosted = !remote(meeting.format) && !meeting.placeCountry.isEmpty() &&
                        std::any_of(parties.cbegin(), parties.cend(),
                                    [&](const auto &p) { return p.first == meeting.placeCountry; });
    // The host first, then the others in the order the text names them.
    std::stable_sort(parties.begin(), parties.end(), [&](const auto &a, const auto &b) {
        return hosted && a.first == meeting.placeCountry && b.first != meeting.placeCountry;
    });
    for (const auto &[code, sentence] : std::as_const(parties)) {
        const PartyRole role = !hosted                        ? PartyRole::Participant
                               : code == meeting.placeCountry ? PartyRole::Host
                                                              : PartyRole::Guest;
        meeting.parties.append({code, role});
        context.addEvidence(u"parties"_s, code + u" ("_s + roleCode(role) + u')', sentence,
                            sentence < 0 ? 0.4 : 0.8,
                            sentence < 0
                                ? ReleaseExtractor::tr("The country of the publishing ministry.")
                                : QString());
    }
}

void findPublisher(ReleaseContext &context)
{
    const ReleaseText &text = context.text();
    for (const ReleaseText::Line &line : text.lines()) {
        if (line.kind != ReleaseText::LineKind::Publisher)
            continue;
        QString name = text.lineText(line).simplified();
        while (!name.isEmpty() && QStringView(u".,;:–—-").contains(name.back()))
            name.chop(1);
        Source &source = context.draft().meeting.sources.first();
        source.publisher = name.trimmed();
        const QList<WordToken> words = tokenizeWords(text.text(), line.start, line.end);
        const QList<CountryMention> countries =
            Gazetteer::instance().countries(text.text(), words, 0, words.size());
        if (!countries.isEmpty())
            context.publisherCountry = countries.first().code;
        context.addLineEvidence(u"publisher"_s, source.publisher, line.start, line.end, 0.8);
        return;
    }
}

} // namespace entente::ReleaseFields
