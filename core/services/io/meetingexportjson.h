#pragma once

#include "domain/meeting.h"
#include "domain/person.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>

namespace entente {

// What an exported meeting object carries beyond `list --format json`, gathered by the exporter
// (with caches) so that building the object needs no database.
struct ExportLookups
{
    QHash<qint64, Person> people;           // by id: the members whose record goes with them
    QHash<qint64, QStringList> topicPaths;  // by topic id: names from the top of the tree
    QHash<qint64, qint64> documentMeetings; // by document id: the meeting holding it (links)
    QHash<QString, QString> formatLabels;   // vocabulary code -> label
    QHash<QString, QString> kindLabels;
    QHash<QString, QString> actionLabels;
};

// The meeting object of a JSON export (docs/json-format.md): MeetingJson::toJson, every field of
// it unchanged, extended with what a lossless re-import needs: a delegation member's whole
// person (names in both scripts, aliases, country, positions held) where `lookups.people` has
// it, the topics' places in the topic tree, the vocabulary labels, and for each document link
// the meeting holding the target.
namespace MeetingExportJson {
QJsonObject toJson(const Meeting &meeting, const ExportLookups &lookups);
QJsonObject personJson(const Person &person);
} // namespace MeetingExportJson

} // namespace entente
