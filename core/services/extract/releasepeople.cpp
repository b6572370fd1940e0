#include "releasepeople.h"

#include "domain/namefolding.h"
#include "extract/gazetteer.h"
#include "extract/releasecatalogue.h"
#include "extract/releasecontext.h"
#include "extract/releaseextractor.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace entente {

namespace {

const QString counterpart = u"counterpart"_s;
constexpr qsizetype maxPeople = 100;
constexpr qsizetype maxLookups = 400;

QStringList namesOf(const Person &p)
{
    QStringList names = {p.nameLatin, p.nameNative};
    names.append(p.aliases);
    names.removeAll(QString());
    return names;
}

QString surnameKey(const QString &name)
{
    const QStringList keys = NameFolding::matchWords(name);
    return keys.isEmpty() ? QString() : keys.last();
}

bool singleWord(const QString &name)
{
    return NameFolding::fold(name).split(u' ', Qt::SkipEmptyParts).size() == 1;
}

// Does `name` as written in the release name this person? A whole name must match a whole name
// (NameFolding::namesMatch); a surname alone matches the last word of one of the names.
bool names(const Person &p, const QString &name)
{
    const bool lone = singleWord(name);
    for (const QString &known : namesOf(p)) {
        if (lone ? surnameKey(known) == surnameKey(name) : NameFolding::namesMatch(name, known))
            return true;
    }
    return false;
}

bool cyrillic(const QString &text)
{
    for (const QChar c : text) {
        if (c.isLetter())
            return c.script() == QChar::Script_Cyrillic;
    }
    return false;
}

} // namespace

ReleasePeople::ReleasePeople(ReleaseContext &context, const ReleaseCatalogue &catalogue)
    : m_context(context)
    , m_catalogue(catalogue)
{
    const PartialDate &start = context.draft().meeting.start;
    if (start.isValid())
        m_day = start.firstDay();
}

Result<std::optional<Person>> ReleasePeople::lookUp(const PersonMention &mention,
                                                    double *confidence, QString *note) const
{
    QStringList variants = {mention.nominative, mention.name};
    variants.removeDuplicates();
    variants.removeAll(QString());
    QList<Person> candidates;
    QSet<qint64> seen;
    for (const QString &variant : std::as_const(variants)) {
        // Initials are no name keys: look up the full words, then compare whole names.
        QStringList full;
        for (const QString &word : NameFolding::fold(variant).split(u' ', Qt::SkipEmptyParts)) {
            if (word.size() > 2)
                full.append(word);
        }
        if (full.isEmpty())
            continue;
        const auto found = m_catalogue.peopleNamed(full.join(u' '));
        if (!found)
            return found.error();
        for (const Person &p : *found) {
            if (!seen.contains(p.id) && names(p, variant)) {
                seen.insert(p.id);
                candidates.append(p);
            }
        }
        if (!candidates.isEmpty())
            break;
    }
    if (candidates.isEmpty())
        return std::optional<Person>();
    // Prefer the country the text gives, then a post of the same title on the day.
    auto score = [&](const Person &p) {
        int s = 0;
        if (!mention.country.isEmpty() && p.country == mention.country)
            s += 2;
        if (m_day.isValid()) {
            if (const Position *pos = p.positionOn(m_day)) {
                s += 1;
                if (!mention.title.isEmpty() &&
                    pos->title.compare(mention.title, Qt::CaseInsensitive) == 0)
                    s += 2;
            }
        }
        return s;
    };
    std::stable_sort(candidates.begin(), candidates.end(),
                     [&](const Person &a, const Person &b) { return score(a) > score(b); });
    const Person &best = candidates.first();
    const int bestScore = score(best);
    const bool lone = singleWord(mention.name);
    *confidence = lone ? 0.6 : 0.8;
    if (bestScore >= 3)
        *confidence = std::min(1.0, *confidence + 0.15);
    if (candidates.size() > 1 && score(candidates.at(1)) == bestScore) {
        *confidence -= 0.3;
        *note = ReleaseExtractor::tr("Several people in the catalogue have this name.");
    } else if (!mention.country.isEmpty() && !best.country.isEmpty() &&
               best.country != mention.country) {
        *confidence -= 0.3;
        *note =
            ReleaseExtractor::tr("The catalogue gives this person another country than the text.");
    }
    return std::optional<Person>(best);
}

bool ReleasePeople::samePerson(const Resolved &a, const Resolved &b) const
{
    if (a.person && b.person)
        return a.person->id == b.person->id;
    if (a.person || b.person) {
        const Resolved &known = a.person ? a : b;
        const Resolved &other = a.person ? b : a;
        return !other.mention.name.isEmpty() && names(*known.person, other.mention.nominative);
    }
    const QString &x = a.mention.nominative;
    const QString &y = b.mention.nominative;
    if (x.isEmpty() || y.isEmpty())
        return false;
    if (singleWord(x) || singleWord(y))
        return surnameKey(x) == surnameKey(y);
    return NameFolding::namesMatch(x, y);
}

void ReleasePeople::merge(Resolved resolved)
{
    for (Resolved &r : m_people) {
        if (!samePerson(r, resolved))
            continue;
        // Keep the fullest name, the highest post and any country; the first mention's place.
        if (r.mention.name.size() < resolved.mention.name.size() &&
            !singleWord(resolved.mention.name)) {
            r.mention.name = resolved.mention.name;
            r.mention.nominative = resolved.mention.nominative;
        }
        if (resolved.rank > r.rank || r.title.isEmpty()) {
            if (!resolved.title.isEmpty()) {
                r.title = resolved.title;
                r.rank = resolved.rank;
            }
        }
        if (r.country.isEmpty())
            r.country = resolved.country;
        r.key = r.key || resolved.key;
        r.confidence = std::max(r.confidence, resolved.confidence);
        return;
    }
    m_people.append(std::move(resolved));
}

Status ReleasePeople::find()
{
    const ReleaseText &text = m_context.text();
    qsizetype lookups = 0;
    PersonFinder finder(text);
    for (qsizetype index = 0; index < text.sentences().size(); ++index) {
        // Key people: in the lead, the sentence after it, the headline, or next to a format word.
        const bool key = index == m_context.lead() || index == m_context.lead() + 1 ||
                         text.sentences().at(index).headline ||
                         !m_context.formatMatches(index).isEmpty();
        QList<PersonMention> titled = finder.titled(index);
        // "his Belarusian counterpart" holds the post of the other person named with a title.
        for (PersonMention &m : titled) {
            if (m.title != counterpart)
                continue;
            for (const PersonMention &other : std::as_const(titled)) {
                if (other.title != counterpart && !other.title.isEmpty()) {
                    m.title = other.title;
                    m.rank = other.rank;
                    break;
                }
            }
        }
        QList<PersonMention> mentions = titled;
        mentions.append(finder.untitledNames(index, titled));
        for (const PersonMention &m : std::as_const(mentions)) {
            // A release names a few dozen people at most; a text naming more is no release, and
            // the cap keeps look-ups and merging bounded whatever it holds.
            if (m_people.size() >= maxPeople || ++lookups > maxLookups)
                break;
            if (m.name.isEmpty()) {
                if (!m.title.isEmpty() && m.title != counterpart)
                    m_unnamedPosts.append(m);
                continue;
            }
            Resolved r;
            r.mention = m;
            r.title = m.title == counterpart ? QString() : m.title;
            r.rank = m.rank;
            r.key = key;
            auto person = lookUp(m, &r.confidence, &r.note);
            if (!person)
                return person.error();
            r.person = *person;
            if (!r.person) {
                // A name with no title that the catalogue does not know may not be a person at
                // all ("Customs Union"): only titled names are proposed as new people.
                if (m.title.isEmpty())
                    continue;
                r.confidence = 0.7;
            }
            r.country = !m.country.isEmpty() ? m.country : r.person ? r.person->country : QString();
            merge(r);
        }
    }
    // A post with no name: the person named elsewhere with it, or whoever held it that day.
    for (const PersonMention &post : std::as_const(m_unnamedPosts)) {
        if (m_people.size() >= maxPeople || ++lookups > maxLookups)
            break;
        if (post.country.isEmpty())
            continue;
        const bool named = std::any_of(m_people.cbegin(), m_people.cend(), [&](const Resolved &r) {
            return r.country == post.country && r.title == post.title;
        });
        if (named || !m_day.isValid())
            continue;
        const auto holders = m_catalogue.holdersOf(post.title, post.country, m_day);
        if (!holders)
            return holders.error();
        if (holders->size() != 1)
            continue;
        Resolved r;
        r.mention = post;
        r.person = holders->first();
        r.country = post.country;
        r.title = post.title;
        r.rank = post.rank;
        r.confidence = 0.6;
        r.note =
            ReleaseExtractor::tr("The text names only the post; this is who held it on the day.");
        r.key = post.sentence == m_context.lead() || text.sentences().at(post.sentence).headline;
        merge(r);
    }
    return {};
}

QList<std::pair<QString, qsizetype>> ReleasePeople::keyCountries() const
{
    QList<std::pair<QString, qsizetype>> countries;
    for (const Resolved &r : m_people) {
        const bool listed = std::any_of(countries.cbegin(), countries.cend(),
                                        [&](const auto &c) { return c.first == r.country; });
        if (r.key && !r.country.isEmpty() && !listed)
            countries.append({r.country, r.mention.sentence});
    }
    return countries;
}

QString ReleasePeople::positionText(const Resolved &r) const
{
    QString title = r.title;
    QString country = r.country;
    if (r.person && m_day.isValid()) {
        if (const Position *p = r.person->positionOn(m_day)) {
            title = p->title;
            if (!p->country.isEmpty())
                country = p->country;
        }
    }
    if (title.isEmpty() || country.isEmpty())
        return title;
    const Gazetteer &g = Gazetteer::instance();
    const QString official = g.officialName(country);
    if (official.isEmpty())
        return title;
    // "of the Russian Federation", "of the Republic of Belarus", but "of Japan".
    return official == g.name(country) ? title + u" of "_s + official
                                       : title + u" of the "_s + official;
}

void ReleasePeople::placeInDelegations()
{
    Meeting &meeting = m_context.draft().meeting;
    QStringList parties;
    for (const Party &p : std::as_const(meeting.parties))
        parties.append(p.country);
    // Someone whose country nothing tells goes to the one party that has nobody yet.
    QSet<QString> staffed;
    for (const Resolved &r : std::as_const(m_people)) {
        if (parties.contains(r.country))
            staffed.insert(r.country);
    }
    QStringList unstaffed;
    for (const QString &c : std::as_const(parties)) {
        if (!staffed.contains(c))
            unstaffed.append(c);
    }
    for (Resolved &r : m_people) {
        if (!r.country.isEmpty())
            continue;
        if (unstaffed.size() == 1) {
            r.country = unstaffed.takeFirst();
            r.confidence -= 0.2;
        } else if (parties.contains(m_context.publisherCountry) &&
                   !staffed.contains(m_context.publisherCountry)) {
            r.country = m_context.publisherCountry;
            staffed.insert(r.country);
            r.confidence -= 0.2;
        }
    }

    for (const QString &country : std::as_const(parties)) {
        QList<const Resolved *> members;
        for (const Resolved &r : std::as_const(m_people)) {
            if (r.country == country)
                members.append(&r);
        }
        if (members.isEmpty())
            continue;
        std::stable_sort(members.begin(), members.end(),
                         [](const Resolved *a, const Resolved *b) { return a->rank > b->rank; });
        Delegation delegation{country, {}};
        for (qsizetype i = 0; i < members.size(); ++i) {
            const Resolved &r = *members.at(i);
            DelegationMember member;
            member.head = i == 0;
            member.position = positionText(r);
            if (r.person) {
                member.personId = r.person->id;
                member.nameLatin = r.person->nameLatin;
                member.nameNative = r.person->nameNative;
            } else {
                NewPerson p;
                (cyrillic(r.mention.nominative) ? p.nameNative : p.nameLatin) =
                    r.mention.nominative;
                p.asWritten = r.mention.name;
                p.title = r.title;
                p.country = country;
                p.head = member.head;
                m_context.draft().newPeople.append(p);
                member.personId =
                    MeetingDraft::placeholderId(m_context.draft().newPeople.size() - 1);
                member.nameLatin = p.nameLatin;
                member.nameNative = p.nameNative;
            }
            delegation.members.append(member);
            const QString value =
                (member.head ? u"head of "_s : u"member of "_s) + country + u": "_s +
                member.displayName() +
                (member.position.isEmpty() ? QString() : u", "_s + member.position);
            m_context.addEvidence(u"delegations"_s, value, r.mention.sentence,
                                  std::clamp(r.confidence, 0.1, 1.0), r.note);
        }
        meeting.delegations.append(delegation);
    }

    // Nobody named is dropped: people outside the parties are proposed or noted.
    for (const Resolved &r : std::as_const(m_people)) {
        if (parties.contains(r.country))
            continue;
        if (!r.person) {
            NewPerson p;
            (cyrillic(r.mention.nominative) ? p.nameNative : p.nameLatin) = r.mention.nominative;
            p.asWritten = r.mention.name;
            p.title = r.title;
            p.country = r.country;
            m_context.draft().newPeople.append(p);
        }
        m_context.addEvidence(
            u"participants"_s, r.mention.nominative, r.mention.sentence,
            std::clamp(r.confidence - 0.2, 0.1, 1.0),
            ReleaseExtractor::tr("Named in the text but not placed in a delegation: the text "
                                 "does not tell which party they belong to."),
            u"not_in_delegation"_s);
    }
    // Sentence and span of each new person, for review.
    for (NewPerson &p : m_context.draft().newPeople) {
        for (const Resolved &r : std::as_const(m_people)) {
            if (!r.person && r.mention.name == p.asWritten) {
                const auto &s = m_context.text().sentences().at(r.mention.sentence);
                p.sentence = m_context.text().sentenceText(s);
                p.start = r.mention.start;
                p.end = r.mention.end;
                p.confidence = std::clamp(r.confidence, 0.1, 1.0);
                break;
            }
        }
    }
}

} // namespace entente
