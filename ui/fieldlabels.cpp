#include "fieldlabels.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace entente::FieldLabels {

QString label(const QString &field)
{
    static const QHash<QString, const char *> labels = {
        {u"id"_s, QT_TRANSLATE_NOOP("FieldLabels", "Id in the file")},
        {u"parent_id"_s, QT_TRANSLATE_NOOP("FieldLabels", "Parent meeting's id")},
        {u"start_date"_s, QT_TRANSLATE_NOOP("FieldLabels", "Start date")},
        {u"end_date"_s, QT_TRANSLATE_NOOP("FieldLabels", "End date")},
        {u"date"_s, QT_TRANSLATE_NOOP("FieldLabels", "Date")},
        {u"title"_s, QT_TRANSLATE_NOOP("FieldLabels", "Title")},
        {u"place"_s, QT_TRANSLATE_NOOP("FieldLabels", "Place")},
        {u"country"_s, QT_TRANSLATE_NOOP("FieldLabels", "Country of the place")},
        {u"format"_s, QT_TRANSLATE_NOOP("FieldLabels", "Format")},
        {u"status"_s, QT_TRANSLATE_NOOP("FieldLabels", "Status")},
        {u"parties"_s, QT_TRANSLATE_NOOP("FieldLabels", "Parties")},
        {u"heads_of_delegation"_s, QT_TRANSLATE_NOOP("FieldLabels", "Heads of delegation")},
        {u"delegation_members"_s, QT_TRANSLATE_NOOP("FieldLabels", "Delegation members")},
        {u"topics"_s, QT_TRANSLATE_NOOP("FieldLabels", "Topics")},
        {u"documents"_s, QT_TRANSLATE_NOOP("FieldLabels", "Documents")},
        {u"tone"_s, QT_TRANSLATE_NOOP("FieldLabels", "Tone")},
        {u"summary"_s, QT_TRANSLATE_NOOP("FieldLabels", "Summary")},
        {u"sources"_s, QT_TRANSLATE_NOOP("FieldLabels", "Sources")},
        {u"sub_event_ids"_s, QT_TRANSLATE_NOOP("FieldLabels", "Sub-event ids")},
        {u"version"_s, QT_TRANSLATE_NOOP("FieldLabels", "Version")},
        {u"created_at"_s, QT_TRANSLATE_NOOP("FieldLabels", "Created at")},
        {u"updated_at"_s, QT_TRANSLATE_NOOP("FieldLabels", "Updated at")},
        {u"delegations"_s, QT_TRANSLATE_NOOP("FieldLabels", "Delegations")},
        {u"sub_events"_s, QT_TRANSLATE_NOOP("FieldLabels", "Sub-events")},
        {u"participants"_s, QT_TRANSLATE_NOOP("FieldLabels", "Other participants")},
        {u"publisher"_s, QT_TRANSLATE_NOOP("FieldLabels", "Publisher")},
        {u"published"_s, QT_TRANSLATE_NOOP("FieldLabels", "Published")},
    };
    const char *text = labels.value(field);
    return text ? QCoreApplication::translate("FieldLabels", text) : field;
}

} // namespace entente::FieldLabels
