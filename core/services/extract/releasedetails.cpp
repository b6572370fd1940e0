#include "releasedetails.h"

#include "extract/gazetteer.h"
#include "extract/releasecontext.h"
#include "extract/releaseextractor.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace entente::ReleaseDetails {

namespace {

using Group = ReleaseVocabulary::Group;

QString formatLabel(const QString &code)
{
    static const QHash<QString, const char *> labels = {
        {u"talks"_s, QT_TRANSLATE_NOOP("ReleaseExtractor", "Talks")},
        {u"joint_collegium"_s,
         QT_TRANSLATE_NOOP("ReleaseExtractor", "Joint meeting of collegiums")},
        {u"official_visit"_s, QT_TRANSLATE_NOOP("ReleaseExtractor", "Official visit")},
        {u"state_visit"_s, QT_TRANSLATE_NOOP("ReleaseExtractor", "State visit")},
        {u"working_visit"_s, QT_TRANSLATE_NOOP("ReleaseExtractor", "Working visit")},
        {u"telephone_call"_s, QT_TRANSLATE_NOOP("ReleaseExtractor", "Telephone call")},
        {u"video_conference"_s, QT_TRANSLATE_NOOP("ReleaseExtractor", "Video conference")},
        {u"summit_sidelines"_s,
         QT_TRANSLATE_NOOP("ReleaseExtractor", "Meeting on the sidelines of a summit")},
        {u"consultations"_s, QT_TRANSLATE_NOOP("ReleaseExtractor", "Consultations")},
        {u"one_to_one"_s, QT_TRANSLATE_NOOP("ReleaseExtractor", "One-to-one conversation")},
    };
    const char *label = labels.value(code);
    return label ? ReleaseExtractor::tr(label) : code;
}

// "A and B", "A, B and C".
QString listOf(const QStringList &items)
{
    if (items.size() <= 1)
        return items.value(0);
    return items.mid(0, items.size() - 1).join(u", "_s) + ReleaseExtractor::tr(" and ") +
           items.last();
}

} // namespace

void findTopics(ReleaseContext &context)
{
    const ReleaseVocabulary &vocabulary = ReleaseVocabulary::instance();
    Meeting &meeting = context.draft().meeting;
    QSet<QString> seen;
    for (qsizetype index = 0; index < context.text().sentences().size(); ++index) {
        for (const PhraseMatch &m : context.find(Group::Topic, index)) {
            const bool inTitle = std::any_of(
                context.documentSpans.cbegin(), context.documentSpans.cend(),
                [&](const auto &span) { return m.first >= span.first && m.last <= span.second; });
            if (inTitle)
                continue; // "the Union State" in a programme's name is not a topic discussed
            const QString name = vocabulary.code(Group::Topic, m.entry);
            if (seen.contains(name))
                continue;
            seen.insert(name);
            meeting.topics.append({0, name});
            context.addEvidence(u"topics"_s, name, index, 0.7);
        }
    }
}

void findTone(ReleaseContext &context)
{
    const ReleaseVocabulary &vocabulary = ReleaseVocabulary::instance();
    QStringList nouns;
    QStringList adjectives;
    qsizetype where = -1;
    for (qsizetype index = 0; index < context.text().sentences().size(); ++index) {
        if (!context.has(Group::ToneFrame, index))
            continue;
        for (const PhraseMatch &m : context.find(Group::Tone, index)) {
            const QString tone = vocabulary.code(Group::Tone, m.entry);
            QStringList &list = vocabulary.isNounTone(tone) ? nouns : adjectives;
            if (list.contains(tone))
                continue;
            list.append(tone);
            if (where < 0)
                where = index;
        }
    }
    // "complete mutual understanding" says all that "mutual understanding" says.
    if (nouns.contains(u"complete mutual understanding"_s))
        nouns.removeAll(u"mutual understanding"_s);
    if (nouns.isEmpty() && adjectives.isEmpty())
        return;
    QStringList parts = nouns;
    if (!adjectives.isEmpty())
        parts.append(listOf(adjectives));
    Meeting &meeting = context.draft().meeting;
    meeting.tone = parts.join(u"; "_s);
    context.addEvidence(u"tone"_s, meeting.tone, where, 0.7);
}

void findSubEvents(ReleaseContext &context)
{
    Meeting &meeting = context.draft().meeting;
    if (meeting.format == u"one_to_one")
        return;
    for (qsizetype index = 0; index < context.text().sentences().size(); ++index) {
        if (context.text().sentences().at(index).headline || !context.has(Group::SubEvent, index))
            continue;
        Meeting sub;
        sub.format = u"one_to_one"_s;
        sub.start = meeting.start;
        sub.end = meeting.end;
        sub.place = meeting.place;
        sub.placeCountry = meeting.placeCountry;
        sub.status = meeting.status;
        sub.parties = meeting.parties;
        QStringList heads;
        for (const Delegation &d : std::as_const(meeting.delegations)) {
            if (const DelegationMember *head = d.head()) {
                sub.delegations.append({d.country, {*head}});
                heads.append(head->displayName());
            }
        }
        sub.title = heads.size() >= 2
                        ? ReleaseExtractor::tr("One-to-one conversation of %1").arg(listOf(heads))
                        : formatLabel(sub.format);
        context.draft().subEvents.append(sub);
        context.addEvidence(u"sub_events"_s, sub.title, index, 0.75);
        return; // one conversation per release: further mentions repeat it
    }
}

void makeTitle(ReleaseContext &context)
{
    Meeting &meeting = context.draft().meeting;
    const QString headline = context.text().headline();
    if (!headline.isEmpty()) {
        meeting.title = headline;
        for (qsizetype i = 0; i < context.text().sentences().size(); ++i) {
            if (context.text().sentences().at(i).headline) {
                context.addEvidence(u"title"_s, headline, i, 0.8,
                                    ReleaseExtractor::tr("The headline of the release."));
                return;
            }
        }
        return;
    }
    QStringList countries;
    for (const Party &p : std::as_const(meeting.parties))
        countries.append(Gazetteer::instance().name(p.country));
    meeting.title =
        countries.isEmpty()
            ? formatLabel(meeting.format)
            : ReleaseExtractor::tr("%1: %2").arg(formatLabel(meeting.format), listOf(countries));
    context.addEvidence(
        u"title"_s, meeting.title, -1, 0.5,
        ReleaseExtractor::tr("Made from the format and the parties: the release has no headline."));
}

} // namespace entente::ReleaseDetails
