#pragma once

namespace entente {

class ReleaseContext;

// The rest of the draft: topics (resources/data/release/topics.tsv, in the order the text first
// names them), tone (only from sentences about the atmosphere of the talks), the sub-event (a
// one-to-one conversation inside the meeting) and the title (the headline, else one made from the
// format and the parties).
namespace ReleaseDetails {
void findTopics(ReleaseContext &context);
void findTone(ReleaseContext &context);
void findSubEvents(ReleaseContext &context);
void makeTitle(ReleaseContext &context);
} // namespace ReleaseDetails

} // namespace entente
