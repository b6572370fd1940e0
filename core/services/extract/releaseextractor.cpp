#include "releaseextractor.h"

#include "extract/releasecontext.h"
#include "extract/releasedates.h"
#include "extract/releasedetails.h"
#include "extract/releasedocuments.h"
#include "extract/releasefields.h"
#include "extract/releasepeople.h"
#include "extract/releasetext.h"

using namespace Qt::StringLiterals;

namespace entente {

Result<MeetingDraft> ReleaseExtractor::extract(const QString &text, QDate published) const
{
    MeetingDraft draft;
    const ReleaseText release(text);
    ReleaseContext context(release, draft);
    if (published.isValid()) {
        context.published = published;
        context.publishedGiven = true;
    }
    Meeting &meeting = draft.meeting;
    // The release itself travels with the meeting, whole.
    meeting.sources.append(Source{});
    meeting.sources.first().text = text;
    meeting.sources.first().url = release.url();
    meeting.sources.first().title = release.headline();

    // The order matters: the tense helps to resolve the date, the date to match people against
    // their posts, the people to find the parties, the parties to place the people.
    ReleaseFields::findPublisher(context);
    ReleaseDates::findPublication(context);
    if (context.published.isValid())
        meeting.sources.first().published = PartialDate::fromDate(context.published);
    ReleaseFields::findLead(context);
    if (context.lead() < 0)
        return draft; // no words at all
    ReleaseFields::findTense(context);
    ReleaseDates::findMeetingDate(context);
    ReleaseFields::findStatus(context);
    const bool formatNamed = ReleaseFields::findFormat(context);

    ReleasePeople people(context, m_catalogue);
    if (Status s = people.find(); !s)
        return s.error();
    ReleaseFields::findPlace(context);
    ReleaseFields::findParties(context, people.keyCountries());
    people.placeInDelegations();

    ReleaseDocuments::find(context);
    ReleaseDetails::findTopics(context);
    ReleaseDetails::findTone(context);
    ReleaseDetails::findSubEvents(context);
    ReleaseDetails::makeTitle(context);

    // Something happened between countries: a meeting format or a named delegation, and two
    // parties or a named delegation ("talks in Moscow" alone is no meeting to catalogue).
    const bool named = !meeting.delegations.isEmpty();
    draft.meetingLike = (formatNamed || named) && (meeting.parties.size() >= 2 || named);
    return draft;
}

} // namespace entente
