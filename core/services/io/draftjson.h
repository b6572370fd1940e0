#pragma once

#include "extract/meetingdraft.h"

#include <QJsonObject>

namespace entente {

// The JSON form of a draft meeting printed by `entente draft`: the meeting object of
// MeetingJson::toJson (id, version and timestamps null: nothing is saved yet) plus `sub_events`
// (meeting objects), `evidence` and `new_people`. A delegation member who is a new person has
// `person_id` null and `new_person`, the index into `new_people`. See docs/cli.md.
namespace DraftJson {
QJsonObject toJson(const MeetingDraft &draft);
}

} // namespace entente
