#include "person.h"

#include "domain/namefolding.h"

#include <QCoreApplication>

namespace entente {

bool Position::covers(QDate day) const
{
    if (from.isValid() && day < from.firstDay())
        return false;
    if (to.isValid() && day > to.lastDay())
        return false;
    return true;
}

FieldProblems Position::validate() const
{
    FieldProblems problems;
    if (title.trimmed().isEmpty())
        problems.append({Person::tr("position title"), Person::tr("a position needs a title")});
    checkLength(problems, Person::tr("position title"), title, FieldLimits::post);
    if (!from.isNull() && !from.isValid())
        problems.append({Person::tr("position start"), from.problem()});
    if (!to.isNull() && !to.isValid())
        problems.append({Person::tr("position end"), to.problem()});
    if (from.isValid() && to.isValid() && to.lastDay() < from.firstDay())
        problems.append(
            {Person::tr("position end"),
             Person::tr("the term ends (%1) before it starts (%2)").arg(to.toIso(), from.toIso())});
    return problems;
}

const Position *Person::positionOn(QDate day) const
{
    for (const Position &p : positions) {
        if (p.covers(day))
            return &p;
    }
    return nullptr;
}

FieldProblems Person::validate() const
{
    FieldProblems problems;
    if (nameLatin.trimmed().isEmpty() && nameNative.trimmed().isEmpty())
        problems.append({tr("name"), tr("a person needs a name in Latin or native script")});
    checkLength(problems, tr("name"), nameLatin, FieldLimits::name);
    checkLength(problems, tr("native name"), nameNative, FieldLimits::name);
    for (const QString &alias : aliases)
        checkLength(problems, tr("other spelling"), alias, FieldLimits::name);
    for (const Position &p : positions)
        problems.append(p.validate());
    return problems;
}

QStringList Person::matchKeys() const
{
    QStringList keys;
    for (const QString &name : QStringList{nameLatin, nameNative} + aliases)
        keys.append(NameFolding::matchWords(name));
    keys.sort();
    keys.removeDuplicates();
    return keys;
}

} // namespace entente
