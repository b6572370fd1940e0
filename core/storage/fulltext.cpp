#include "fulltext.h"

#include "domain/namefolding.h"

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
    return {NameFolding::fold(meeting.title),
            NameFolding::fold(QString(meeting.summary % u' ' % meeting.tone)),
            NameFolding::fold(body.join(u'\n'))};
}

} // namespace entente
