#include "codes.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace entente {

namespace {

template<typename Enum, std::size_t N>
using CodeTable = std::array<std::pair<Enum, const char16_t *>, N>;

constexpr CodeTable<MeetingStatus, 4> statusCodes{{{MeetingStatus::Planned, u"planned"},
                                                   {MeetingStatus::Held, u"held"},
                                                   {MeetingStatus::Postponed, u"postponed"},
                                                   {MeetingStatus::Cancelled, u"cancelled"}}};

constexpr CodeTable<PartyRole, 3> roleCodes{{{PartyRole::Host, u"host"},
                                             {PartyRole::Guest, u"guest"},
                                             {PartyRole::Participant, u"participant"}}};

constexpr CodeTable<DocumentRelation, 4> relationCodes{
    {{DocumentRelation::Develops, u"develops"},
     {DocumentRelation::Renews, u"renews"},
     {DocumentRelation::Supersedes, u"supersedes"},
     {DocumentRelation::Amends, u"amends"}}};

template<typename Enum, std::size_t N>
QString codeOf(const CodeTable<Enum, N> &table, Enum value)
{
    for (const auto &[e, code] : table) {
        if (e == value)
            return QString::fromUtf16(code);
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const CodeTable<Enum, N> &table, QStringView code)
{
    for (const auto &[e, c] : table) {
        if (code == QStringView(c))
            return e;
    }
    return std::nullopt;
}

} // namespace

QString statusCode(MeetingStatus status)
{
    return codeOf(statusCodes, status);
}

std::optional<MeetingStatus> statusFromCode(QStringView code)
{
    return valueOf(statusCodes, code);
}

QString statusLabel(MeetingStatus status)
{
    switch (status) {
    case MeetingStatus::Planned:
        return QCoreApplication::translate("MeetingStatus", "Planned");
    case MeetingStatus::Held:
        return QCoreApplication::translate("MeetingStatus", "Held");
    case MeetingStatus::Postponed:
        return QCoreApplication::translate("MeetingStatus", "Postponed");
    case MeetingStatus::Cancelled:
        return QCoreApplication::translate("MeetingStatus", "Cancelled");
    }
    return {};
}

QString roleCode(PartyRole role)
{
    return codeOf(roleCodes, role);
}

std::optional<PartyRole> roleFromCode(QStringView code)
{
    return valueOf(roleCodes, code);
}

QString roleLabel(PartyRole role)
{
    switch (role) {
    case PartyRole::Host:
        return QCoreApplication::translate("PartyRole", "Host");
    case PartyRole::Guest:
        return QCoreApplication::translate("PartyRole", "Guest");
    case PartyRole::Participant:
        return QCoreApplication::translate("PartyRole", "Participant");
    }
    return {};
}

QString relationCode(DocumentRelation relation)
{
    return codeOf(relationCodes, relation);
}

std::optional<DocumentRelation> relationFromCode(QStringView code)
{
    return valueOf(relationCodes, code);
}

QString relationLabel(DocumentRelation relation)
{
    switch (relation) {
    case DocumentRelation::Develops:
        return QCoreApplication::translate("DocumentRelation", "develops");
    case DocumentRelation::Renews:
        return QCoreApplication::translate("DocumentRelation", "renews");
    case DocumentRelation::Supersedes:
        return QCoreApplication::translate("DocumentRelation", "supersedes");
    case DocumentRelation::Amends:
        return QCoreApplication::translate("DocumentRelation", "amends");
    }
    return {};
}

} // namespace entente
