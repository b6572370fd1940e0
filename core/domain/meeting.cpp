#include "meeting.h"

#include "domain/countryresolver.h"

#include <QCoreApplication>
#include <QSet>

namespace entente {

const DelegationMember *Delegation::head() const
{
    for (const DelegationMember &m : members) {
        if (m.head)
            return &m;
    }
    return nullptr;
}

const Party *Meeting::party(QStringView country) const
{
    for (const Party &p : parties) {
        if (p.country == country)
            return &p;
    }
    return nullptr;
}

const Delegation *Meeting::delegation(QStringView country) const
{
    for (const Delegation &d : delegations) {
        if (d.country == country)
            return &d;
    }
    return nullptr;
}

FieldProblems Meeting::validate() const
{
    FieldProblems problems;
    if (title.trimmed().isEmpty())
        problems.append({tr("title"), tr("a meeting needs a title")});
    if (start.isNull())
        problems.append(
            {tr("start date"), tr("a meeting needs a date (a day, a month or a year)")});
    else if (!start.isValid())
        problems.append({tr("start date"), start.problem()});
    if (!end.isNull() && !end.isValid())
        problems.append({tr("end date"), end.problem()});
    if (start.isValid() && end.isValid() && end.lastDay() < start.firstDay())
        problems.append(
            {tr("end date"),
             tr("the meeting ends (%1) before it starts (%2)").arg(end.toIso(), start.toIso())});
    if (format.isEmpty())
        problems.append({tr("format"), tr("choose a format")});
    checkLength(problems, tr("title"), title, FieldLimits::title);
    checkLength(problems, tr("place"), place, FieldLimits::place);
    checkLength(problems, tr("tone"), tone, FieldLimits::tone);
    checkLength(problems, tr("summary"), summary, FieldLimits::summary);
    for (const Source &source : sources) {
        checkLength(problems, tr("source publisher"), source.publisher, FieldLimits::name);
        checkLength(problems, tr("source title"), source.title, FieldLimits::title);
        checkLength(problems, tr("source address"), source.url, FieldLimits::url);
        checkLength(problems, tr("source text"), source.text, FieldLimits::sourceText);
    }

    const CountryResolver &names = CountryResolver::builtIn();
    if (names.isOrganisation(placeCountry))
        problems.append({tr("country"), tr("%1 is an international organisation: a place is in a "
                                           "country")
                                            .arg(names.displayName(placeCountry))});
    QSet<QString> seen;
    for (const Party &p : parties) {
        if (p.country.size() != 3 && !names.isOrganisation(p.country))
            problems.append({tr("parties"), tr("“%1” is neither an ISO 3166 alpha-3 code nor an "
                                               "international organisation's code")
                                                .arg(p.country)});
        else if (seen.contains(p.country))
            problems.append({tr("parties"), tr("%1 is listed twice").arg(p.country)});
        seen.insert(p.country);
    }
    QSet<QString> delegated;
    for (const Delegation &d : delegations) {
        if (!party(d.country))
            problems.append(
                {tr("delegations"),
                 tr("a delegation of %1, which is not taking part in the meeting").arg(d.country)});
        if (delegated.contains(d.country))
            problems.append({tr("delegations"), tr("%1 has two delegations").arg(d.country)});
        delegated.insert(d.country);
        int heads = 0;
        for (const DelegationMember &m : d.members) {
            heads += m.head ? 1 : 0;
            if (m.personId <= 0)
                problems.append(
                    {tr("delegations"),
                     tr("a member of the delegation of %1 is not a known person").arg(d.country)});
        }
        if (heads > 1)
            problems.append({tr("delegations"),
                             tr("the delegation of %1 has more than one head").arg(d.country)});
    }
    for (const TopicRef &t : topics) {
        if (t.id == 0 && t.name.trimmed().isEmpty())
            problems.append({tr("topics"), tr("a topic needs a name")});
    }
    for (const OutcomeDocument &doc : documents)
        problems.append(doc.validate());
    for (const Source &s : sources) {
        if (!s.published.isNull() && !s.published.isValid())
            problems.append({tr("source publication date"), s.published.problem()});
    }
    return problems;
}

} // namespace entente
