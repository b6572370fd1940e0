#include "releasefuzzing.h"

#include "domain/namefolding.h"
#include "extract/releasecatalogue.h"
#include "extract/releaseextractor.h"
#include "extract/releaseinput.h"
#include "io/draftjson.h"

#include <QSet>

#include <cstdlib>

using namespace Qt::StringLiterals;

namespace entente::fuzzing {

namespace {

// Two ministers, matched by name keys the way storage matches them.
class SampleMinisters : public ReleaseCatalogue
{
public:
    SampleMinisters()
    {
        // The sample catalogue's two ministers (core/sample), written out: the harness links no
        // storage.
        Person lavrov;
        lavrov.id = 1;
        lavrov.nameLatin = u"Sergey Lavrov"_s;
        lavrov.nameNative = u"Сергей Лавров"_s;
        lavrov.aliases = {u"Sergei Lavrov"_s, u"Сергей Викторович Лавров"_s};
        lavrov.country = u"RUS"_s;
        lavrov.positions = {
            {0, u"Minister of Foreign Affairs"_s, {}, u"RUS"_s, PartialDate::month(2004, 3), {}}};
        Person martynov;
        martynov.id = 2;
        martynov.nameLatin = u"Sergey Martynov"_s;
        martynov.nameNative = u"Сергей Мартынов"_s;
        martynov.aliases = {u"Sergei Martynov"_s, u"Сяргей Мартынаў"_s};
        martynov.country = u"BLR"_s;
        martynov.positions = {{0,
                               u"Minister of Foreign Affairs"_s,
                               {},
                               u"BLR"_s,
                               PartialDate::month(2003, 3),
                               PartialDate::month(2012, 8)}};
        m_people = {lavrov, martynov};
    }

    Result<QList<Person>> peopleNamed(const QString &name) const override
    {
        const QStringList words = NameFolding::matchKey(name).split(u' ', Qt::SkipEmptyParts);
        QList<Person> found;
        for (const Person &p : m_people) {
            QSet<QString> keys;
            for (const QString &n : QStringList{p.nameLatin, p.nameNative} + p.aliases) {
                for (const QString &k : NameFolding::matchKey(n).split(u' ', Qt::SkipEmptyParts))
                    keys.insert(k);
            }
            bool all = !words.isEmpty();
            for (const QString &w : words)
                all = all && keys.contains(w);
            if (all)
                found.append(p);
        }
        return found;
    }

    Result<QList<Person>> holdersOf(const QString &title, const QString &country,
                                    QDate day) const override
    {
        QList<Person> found;
        for (const Person &p : m_people) {
            for (const Position &pos : p.positions) {
                if (pos.title.compare(title, Qt::CaseInsensitive) == 0 && pos.country == country &&
                    pos.covers(day)) {
                    found.append(p);
                    break;
                }
            }
        }
        return found;
    }

private:
    QList<Person> m_people;
};

void check(bool condition)
{
    if (!condition)
        std::abort(); // an invariant broke: let the fuzzer keep the input
}

} // namespace

void runRelease(const QByteArray &bytes)
{
    static const SampleMinisters catalogue;
    const auto decoded = ReleaseInput::decode(bytes, u"input"_s);
    const QString text = decoded ? *decoded : QString::fromUtf8(bytes);
    const ReleaseExtractor extractor(catalogue);
    for (const QDate published : {QDate(), QDate(2009, 11, 26)}) {
        const auto draft = extractor.extract(text, published);
        check(draft.ok()); // the catalogue in memory never fails
        for (const Evidence &e : draft->evidence) {
            check(e.confidence >= 0.0 && e.confidence <= 1.0);
            check(e.start < 0 || (e.start <= e.end && e.end <= text.size()));
        }
        for (const Delegation &d : draft->meeting.delegations) {
            for (const DelegationMember &m : d.members) {
                const qsizetype index = MeetingDraft::newPersonIndex(m.personId);
                check(m.personId > 0 || (index >= 0 && index < draft->newPeople.size()));
            }
        }
        (void)draft->problems();
        (void)DraftJson::toJson(*draft);
    }
}

} // namespace entente::fuzzing
