#include "meetingsynth.h"

#include "generator/syntheticphrases.h"

using namespace Qt::StringLiterals;

namespace entente {

namespace {

// The catalogue's "today": later meetings are still planned.
const QDate today(2025, 11, 30);

// Integer weights (per mille and the like) for the counts the catalogue promises.
// Most delegations are the minister and two or three aides; a dozen is rare.
const QList<quint64> membersPerSide = {0, 0, 500, 220, 110, 60, 35, 25, 18, 12, 9, 6, 5};
const QList<quint64> topicsPerMeeting = {0, 25, 30, 25, 12, 8};
const QList<quint64> documentsPerMeeting = {55, 25, 13, 7};

QString withArgs(const QString &text, const QStringList &args)
{
    // One pass over %1…%9, so an argument containing "%2" is never substituted again.
    QString out;
    out.reserve(text.size() + 64);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'%' && i + 1 < text.size() && text.at(i + 1).isDigit()) {
            const int n = text.at(i + 1).digitValue();
            if (n >= 1 && n <= args.size()) {
                out += args.at(n - 1);
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}

} // namespace

MeetingSynth::MeetingSynth(const SyntheticWorld &world, QList<qint64> personIds,
                           QList<qint64> topicIds, quint64 seed, qint64 total)
    : m_world(world)
    , m_personIds(std::move(personIds))
    , m_topicIds(std::move(topicIds))
    , m_random(SeededRandom(seed).fork(77))
    , m_total(total)
    , m_createdBase(createdBase(seed))
{
    QList<quint64> years;
    for (int y = SyntheticWorld::firstMeetingDay().year();
         y <= SyntheticWorld::lastMeetingDay().year(); ++y)
        years.append(quint64(40 + 3 * (y - 1990)));
    m_years = WeightedPick(years);
    QList<quint64> formats;
    for (const SyntheticPhrases::Format &f : SyntheticPhrases::formats())
        formats.append(quint64(f.weight));
    m_formats = WeightedPick(formats);
    QList<quint64> kinds;
    for (const SyntheticPhrases::DocumentKind &k : SyntheticPhrases::documentKinds())
        kinds.append(quint64(k.weight));
    m_kinds = WeightedPick(kinds);
    for (int i = 0; i < int(SyntheticPhrases::topics().size()); ++i)
        m_topicOrder.append(i);
    m_random.shuffle(m_topicOrder);
    m_topicPick = WeightedPick::zipf(m_topicOrder.size());
}

QDateTime MeetingSynth::createdBase(quint64 seed)
{
    // Within 2025, at a second fixed by the seed.
    return QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC)
        .addSecs(qint64(seed % (300ull * 86400ull)));
}

QList<GeneratedMeeting> MeetingSynth::next(int count)
{
    QList<GeneratedMeeting> out;
    out.reserve(count + 2);
    while (out.size() < count && m_made < m_total)
        makeVisit(out);
    return out;
}

PartialDate MeetingSynth::drawStart()
{
    const int year = SyntheticWorld::firstMeetingDay().year() + int(m_years.draw(m_random));
    const int month = m_random.between(1, 12);
    const int day = m_random.between(1, QDate(year, month, 1).daysInMonth());
    const quint64 precision = m_random.below(1000);
    if (precision < 40)
        return PartialDate::year(year);
    if (precision < 120)
        return PartialDate::month(year, month);
    return PartialDate::day(year, month, day);
}

Delegation MeetingSynth::delegation(int country, QDate day, int members, bool deputyHeads,
                                    QString *headName)
{
    const QStringList &posts = SyntheticPhrases::posts();
    Delegation d;
    d.country = m_world.countries().at(country).code;
    const int headPost = deputyHeads ? m_random.between(1, 2) : 0;
    QList<int> others;
    for (int p = 1; p < posts.size(); ++p) {
        if (p != headPost)
            others.append(p);
    }
    m_random.shuffle(others);
    QList<int> chosen = {headPost};
    chosen.append(others.mid(0, members - 1));
    for (int post : std::as_const(chosen)) {
        const int person = m_world.holderOn(country, post, day);
        if (person < 0)
            continue;
        d.members.append({m_personIds.at(person), posts.at(post), post == headPost, {}, {}});
        if (post == headPost)
            *headName = m_world.people().at(person).nameLatin;
    }
    return d;
}

QList<TopicRef> MeetingSynth::drawTopics()
{
    const int count = int(WeightedPick(topicsPerMeeting).draw(m_random));
    QList<TopicRef> topics;
    while (topics.size() < count) {
        const int index = m_topicOrder.at(m_topicPick.draw(m_random));
        const qint64 id = m_topicIds.at(index);
        if (std::none_of(topics.cbegin(), topics.cend(),
                         [id](const TopicRef &t) { return t.id == id; }))
            topics.append({id, SyntheticPhrases::topics().at(index).name});
    }
    return topics;
}

void MeetingSynth::stamp(Meeting &m)
{
    m.createdAt = m_createdBase.addSecs(m_made * 17 + qint64(m_random.below(17)));
    m.updatedAt =
        m_random.chance(100) ? m.createdAt.addDays(m_random.between(1, 200)) : m.createdAt;
}

void MeetingSynth::makeVisit(QList<GeneratedMeeting> &out)
{
    const QList<SyntheticWorld::Place> &countries = m_world.countries();
    const auto &format = SyntheticPhrases::formats().at(m_formats.draw(m_random));
    Dyad dyad;
    dyad.first = int(m_world.activity().draw(m_random));
    do {
        dyad.second = int(m_world.activity().draw(m_random));
    } while (dyad.second == dyad.first);
    const SyntheticWorld::Place &a = countries.at(dyad.first);
    const SyntheticWorld::Place &b = countries.at(dyad.second);

    GeneratedMeeting g;
    Meeting &m = g.meeting;
    m.format = format.code;
    m.start = drawStart();
    if (format.visit && m.start.precision() == DatePrecision::Day && m_random.chance(450)) {
        const QDate first = m.start.firstDay();
        const qint64 room = first.daysTo(SyntheticWorld::lastMeetingDay());
        const qint64 extra = std::min<qint64>(m_random.between(1, 3), room);
        if (extra > 0)
            m.end = PartialDate::fromDate(first.addDays(extra));
    }
    const QDate day = m.start.firstDay();
    const bool participants = format.remote || format.code == u"summit_sidelines";
    m.parties = {{a.code, participants ? PartyRole::Participant : PartyRole::Host},
                 {b.code, participants ? PartyRole::Participant : PartyRole::Guest}};
    QString city = a.cities.constFirst();
    if (!format.remote) {
        if (format.code == u"summit_sidelines") {
            const int venue = int(m_world.activity().draw(m_random));
            city = m_random.pick(countries.at(venue).cities);
            m.placeCountry = countries.at(venue).code;
        } else {
            if (!m_random.chance(700))
                city = m_random.pick(a.cities);
            m.placeCountry = a.code;
        }
        m.place = city;
    }
    if (day > today)
        m.status = m_random.chance(900) ? MeetingStatus::Planned : MeetingStatus::Postponed;
    else if (m_random.chance(30))
        m.status = MeetingStatus::Cancelled;
    else if (m_random.chance(15))
        m.status = MeetingStatus::Postponed;

    const bool deputies = format.code == u"consultations";
    const WeightedPick sizes(membersPerSide);
    const int sizeA = int(sizes.draw(m_random));
    const int sizeB = int(sizes.draw(m_random));
    QString headA;
    QString headB;
    m.delegations = {delegation(dyad.first, day, sizeA, deputies, &headA),
                     delegation(dyad.second, day, sizeB, deputies, &headB)};
    const QList<TopicRef> topics = drawTopics();
    m.topics = topics;
    QString topicText = topics.constFirst().name;
    topicText[0] = topicText.at(0).toLower();
    QString third;
    if (format.code == u"summit_sidelines")
        third = m_random.pick(SyntheticPhrases::summits());
    else
        third = topicText;
    m.title = withArgs(format.title, {a.name, b.name, third});
    m.tone = m_random.chance(700) ? m_random.pick(SyntheticPhrases::tones()) : QString();
    m.summary = summary(dyad, topics, m.tone, city, day.year() + 1, headA, headB);
    addDocuments(g, dyad, topics);
    if (m_random.chance(100)) {
        m.sources.append(source(m, dyad, topics, headA, headB));
        if (m_random.chance(150))
            m.sources.append(source(m, dyad, topics, headA, headB));
    }
    stamp(m);
    const qint64 parentOrdinal = m_made++;
    out.append(g);

    // The ministers' separate conversation inside a visit.
    if (!format.visit || !m_random.chance(300))
        return;
    const int subEvents = m_random.between(1, 2);
    for (int i = 0; i < subEvents && m_made < m_total; ++i) {
        GeneratedMeeting sub;
        Meeting &s = sub.meeting;
        sub.parentOrdinal = parentOrdinal;
        s.format = u"one_to_one"_s;
        s.title = u"One-to-one conversation between %1 and %2"_s.arg(headA, headB);
        if (m.start.precision() == DatePrecision::Day) {
            const qint64 span = m.start.firstDay().daysTo(m.effectiveEnd().lastDay());
            s.start = PartialDate::fromDate(
                m.start.firstDay().addDays(qint64(m_random.below(quint64(span) + 1))));
        } else {
            s.start = m.start;
        }
        s.place = m.place;
        s.placeCountry = m.placeCountry;
        s.status = m.status;
        s.parties = m.parties;
        QString subHeadA;
        QString subHeadB;
        s.delegations = {delegation(dyad.first, s.start.firstDay(), 2, false, &subHeadA),
                         delegation(dyad.second, s.start.firstDay(), 2, false, &subHeadB)};
        s.topics = topics.mid(0, m_random.between(1, 2));
        s.summary = withArgs(u"%1 and %2 spoke one to one about %3."_s, {headA, headB, topicText});
        stamp(s);
        ++m_made;
        out.append(sub);
    }
}

void MeetingSynth::addDocuments(GeneratedMeeting &g, const Dyad &dyad,
                                const QList<TopicRef> &topics)
{
    Meeting &m = g.meeting;
    const int count = int(WeightedPick(documentsPerMeeting).draw(m_random));
    const auto &countries = m_world.countries();
    const int low = std::min(dyad.first, dyad.second);
    const int high = std::max(dyad.first, dyad.second);
    const int key = low * 1000 + high;
    const int year = m.start.yearPart();
    // Links go to documents of earlier meetings only: those have ids by the time this is written.
    qint64 signedHere = -1;
    for (int i = 0; i < count; ++i) {
        const auto &kind = SyntheticPhrases::documentKinds().at(m_kinds.draw(m_random));
        OutcomeDocument d;
        d.kind = kind.kind;
        d.action = kind.action;
        d.date = m.start;
        QString period;
        if (kind.period) {
            const int from = year + int(m_random.below(2));
            const int to = kind.kind == u"programme" ? from + m_random.between(1, 2) : from;
            d.periodStart = PartialDate::year(from);
            d.periodEnd = PartialDate::year(to);
            period = from == to ? QString::number(from) : u"%1–%2"_s.arg(from).arg(to);
        }
        QString topic = m_random.pick(topics).name;
        topic[0] = topic.at(0).toLower();
        d.title = withArgs(kind.title, {countries.at(dyad.first).name,
                                        countries.at(dyad.second).name, topic, period});
        d.parties = {countries.at(dyad.first).code, countries.at(dyad.second).code};
        QList<std::pair<DocumentRelation, qint64>> links;
        const auto previous = m_programmes.constFind(key);
        if (previous != m_programmes.cend() && previous->second <= m.start.firstDay()) {
            if (kind.kind == u"plan")
                links.append({DocumentRelation::Develops, previous->first});
            else if (kind.kind == u"programme" && m_random.chance(600))
                links.append({DocumentRelation::Renews, previous->first});
        }
        if (kind.kind == u"programme")
            signedHere = m_documents;
        ++m_documents;
        m.documents.append(d);
        g.links.append(links);
    }
    if (signedHere >= 0)
        m_programmes.insert(key, {signedHere, m.start.firstDay()});
}

QString MeetingSynth::summary(const Dyad &dyad, const QList<TopicRef> &topics, const QString &tone,
                              const QString &city, int year, const QString &headA,
                              const QString &headB)
{
    const auto &countries = m_world.countries();
    QString first = topics.constFirst().name;
    first[0] = first.at(0).toLower();
    QString second = topics.constLast().name;
    second[0] = second.at(0).toLower();
    const QStringList args = {countries.at(dyad.first).name,
                              countries.at(dyad.second).name,
                              first,
                              second,
                              city,
                              QString::number(year),
                              headA,
                              headB,
                              tone.isEmpty() ? u"constructive"_s : tone};
    const QStringList &sentences = SyntheticPhrases::summarySentences();
    QList<int> order;
    for (int i = 0; i < sentences.size(); ++i)
        order.append(i);
    m_random.shuffle(order);
    const int count = m_random.between(2, 3);
    QStringList parts;
    for (int i = 0; i < count; ++i)
        parts.append(withArgs(sentences.at(order.at(i)), args));
    return parts.join(u' ');
}

Source MeetingSynth::source(const Meeting &m, const Dyad &dyad, const QList<TopicRef> &topics,
                            const QString &headA, const QString &headB)
{
    const auto &countries = m_world.countries();
    const auto &a = countries.at(dyad.first);
    Source s;
    const QString publisher = m_random.pick(SyntheticPhrases::publishers());
    s.publisher = publisher.contains(u"%1"_s) ? publisher.arg(a.name) : publisher;
    s.title = m_random.chance(500) ? m.title : u"%1 and %2 held talks"_s.arg(headA, headB);
    s.url = u"https://mfa.example.org/%1/news/%2"_s.arg(a.alpha2.toLower()).arg(m_made + 1);
    s.published = m.start.precision() == DatePrecision::Day
                      ? PartialDate::fromDate(m.effectiveEnd().lastDay())
                      : m.start;
    QString first = m_random.pick(topics).name;
    first[0] = first.at(0).toLower();
    QString second = m_random.pick(topics).name;
    second[0] = second.at(0).toLower();
    const QStringList args = {a.name,
                              countries.at(dyad.second).name,
                              first,
                              second,
                              m.place.isEmpty() ? a.cities.constFirst() : m.place,
                              QString::number(m.start.yearPart() + 1),
                              headA,
                              headB,
                              m.tone.isEmpty() ? u"friendly"_s : m.tone};
    const int words = m_random.between(150, 450);
    QString text;
    int written = 0;
    int inParagraph = 0;
    while (written < words) {
        const QString sentence = withArgs(m_random.pick(SyntheticPhrases::sourceSentences()), args);
        if (!text.isEmpty())
            text += inParagraph == 0 ? u"\n\n"_s : u" "_s;
        text += sentence;
        written += int(sentence.count(u' ')) + 1;
        inParagraph = (inParagraph + 1) % 4;
    }
    s.text = text;
    return s;
}

} // namespace entente
