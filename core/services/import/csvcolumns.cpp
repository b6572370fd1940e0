#include "csvcolumns.h"

#include "domain/namefolding.h"
#include "io/meetingcsv.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace entente {

namespace {

// Header names people use for each field, folded (lower case, spaces for _ and -).
const QHash<QString, QString> &synonyms()
{
    static const QHash<QString, QString> table = [] {
        const QList<std::pair<QString, QStringList>> lists = {
            {u"id"_s, {u"id"_s, u"no"_s, u"number"_s, u"№"_s, u"номер"_s, u"ид"_s}},
            {u"parent_id"_s, {u"parent id"_s, u"parent"_s, u"parent meeting"_s, u"родитель"_s}},
            {u"start_date"_s,
             {u"start date"_s, u"start"_s, u"from"_s, u"date from"_s, u"начало"_s, u"дата начала"_s,
              u"с"_s}},
            {u"end_date"_s,
             {u"end date"_s, u"end"_s, u"to"_s, u"date to"_s, u"until"_s, u"окончание"_s,
              u"дата окончания"_s, u"по"_s}},
            {u"date"_s, {u"date"_s, u"дата"_s, u"day"_s, u"meeting date"_s, u"дата встречи"_s}},
            {u"title"_s,
             {u"title"_s, u"name"_s, u"meeting"_s, u"event"_s, u"название"_s, u"заголовок"_s,
              u"мероприятие"_s, u"встреча"_s, u"событие"_s}},
            {u"place"_s,
             {u"place"_s, u"city"_s, u"location"_s, u"venue"_s, u"место"_s, u"город"_s,
              u"место проведения"_s}},
            {u"country"_s, {u"country"_s, u"host country"_s, u"страна"_s, u"страна проведения"_s}},
            {u"format"_s, {u"format"_s, u"type"_s, u"kind"_s, u"формат"_s, u"тип"_s, u"вид"_s}},
            {u"status"_s, {u"status"_s, u"статус"_s, u"состояние"_s}},
            {u"parties"_s,
             {u"parties"_s, u"countries"_s, u"participants"_s, u"стороны"_s, u"страны"_s,
              u"участники"_s}},
            {u"heads_of_delegation"_s,
             {u"heads of delegation"_s, u"heads"_s, u"head"_s, u"ministers"_s, u"minister"_s,
              u"leaders"_s, u"главы делегаций"_s, u"главы"_s, u"министры"_s, u"министр"_s,
              u"руководители"_s}},
            {u"delegation_members"_s,
             {u"delegation members"_s, u"members"_s, u"delegation"_s, u"delegations"_s,
              u"члены делегаций"_s, u"состав делегаций"_s, u"делегации"_s, u"делегация"_s}},
            {u"topics"_s,
             {u"topics"_s, u"topic"_s, u"subjects"_s, u"issues"_s, u"темы"_s, u"тема"_s,
              u"вопросы"_s, u"тематика"_s}},
            {u"documents"_s,
             {u"documents"_s, u"outcome documents"_s, u"documents signed"_s, u"документы"_s,
              u"итоговые документы"_s, u"подписанные документы"_s}},
            {u"tone"_s, {u"tone"_s, u"atmosphere"_s, u"тон"_s, u"атмосфера"_s}},
            {u"summary"_s,
             {u"summary"_s, u"description"_s, u"notes"_s, u"содержание"_s, u"описание"_s,
              u"краткое содержание"_s, u"резюме"_s, u"примечания"_s}},
            {u"sources"_s, {u"sources"_s, u"source"_s, u"источники"_s, u"источник"_s}},
            {u"sub_event_ids"_s, {u"sub event ids"_s}},
            {u"version"_s, {u"version"_s}},
            {u"created_at"_s, {u"created at"_s}},
            {u"updated_at"_s, {u"updated at"_s}},
        };
        QHash<QString, QString> byName;
        for (const auto &[field, names] : lists) {
            for (const QString &name : names)
                byName.insert(name, field);
        }
        return byName;
    }();
    return table;
}

QString normalised(const QString &name)
{
    QString text = name;
    text.replace(u'_', u' ').replace(u'-', u' ');
    return NameFolding::fold(text).simplified();
}

} // namespace

QStringList CsvColumns::knownFields()
{
    QStringList fields = MeetingCsv::header();
    fields.insert(fields.indexOf(u"end_date"_s) + 1, u"date"_s);
    return fields;
}

CsvColumns CsvColumns::guess(const QStringList &header)
{
    QStringList fields;
    for (const QString &name : header) {
        const QString field = synonyms().value(normalised(name));
        // The first column of a field wins: a second "date" column is left for the person.
        fields.append(fields.contains(field) ? QString() : field);
    }
    return CsvColumns(fields);
}

bool CsvColumns::isEntenteExport(const QStringList &header)
{
    const QStringList wanted = MeetingCsv::header();
    for (const QString &column : wanted) {
        if (!header.contains(column))
            return false;
    }
    return true;
}

void CsvColumns::setField(qsizetype column, const QString &field)
{
    while (m_fields.size() <= column)
        m_fields.append(QString());
    // One column a field: taking it away from another column keeps the mapping unambiguous.
    if (!field.isEmpty()) {
        for (QString &f : m_fields) {
            if (f == field)
                f.clear();
        }
    }
    m_fields[column] = field;
}

bool CsvColumns::isUsable() const
{
    return missing().isEmpty();
}

QString CsvColumns::missing() const
{
    if (column(u"title"_s) < 0)
        return tr("no column holds the title");
    if (column(u"start_date"_s) < 0 && column(u"date"_s) < 0)
        return tr("no column holds the date");
    return {};
}

} // namespace entente
