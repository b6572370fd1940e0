#include "fulltext.h"

#include "domain/namefolding.h"
#include "domain/searchkeys.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace entente {

FullTextRow FullTextRow::of(const Meeting &meeting, const NameLookup &names)
{
    QStringList body;
    body.append(meeting.place);
    for (const Delegation &d : meeting.delegations) {
        for (const DelegationMember &m : d.members) {
            if (const auto name = names(m.personId))
                body << name->first << name->second;
            body.append(m.position);
        }
    }
    for (const TopicRef &t : meeting.topics)
        body.append(t.name);
    for (const OutcomeDocument &d : meeting.documents)
        body.append(d.title);
    for (const Source &s : meeting.sources)
        body << s.publisher << s.title << s.text;
    body.removeAll(QString());
    const QString summary = meeting.summary % u' ' % meeting.tone;
    const QString rest = body.join(u'\n');
    return {NameFolding::fold(meeting.title), NameFolding::fold(summary), NameFolding::fold(rest),
            SearchKeys::of(meeting.title),    SearchKeys::of(summary),    SearchKeys::of(rest)};
}

QStringList FullTextRow::columns()
{
    return {u"title"_s,      u"summary"_s,      u"body"_s,
            u"title_keys"_s, u"summary_keys"_s, u"body_keys"_s};
}

} // namespace entente
