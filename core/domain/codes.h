#pragma once

#include <QString>

#include <optional>

namespace entente {

// Fixed enumerations of the domain. Their codes are stable lowercase English tokens, the same in
// files, the CLI and the database whatever the UI language; labels are translated for display.
// Open-ended lists (formats, document kinds and actions) are vocabularies in the catalogue instead.

enum class MeetingStatus {
    Planned,
    Held,
    Postponed,
    Cancelled
};
enum class PartyRole {
    Host,
    Guest,
    Participant
};
enum class DocumentRelation {
    Develops,
    Renews,
    Supersedes,
    Amends
};

QString statusCode(MeetingStatus status);
std::optional<MeetingStatus> statusFromCode(QStringView code);
QString statusLabel(MeetingStatus status);

QString roleCode(PartyRole role);
std::optional<PartyRole> roleFromCode(QStringView code);
QString roleLabel(PartyRole role);

QString relationCode(DocumentRelation relation);
std::optional<DocumentRelation> relationFromCode(QStringView code);
// "develops", read from the document that develops the other.
QString relationLabel(DocumentRelation relation);

} // namespace entente
