#include "personcommands.h"

#include "cli/clitr.h"
#include "cli/commandcontext.h"
#include "cli/jsonarraywriter.h"
#include "cli/tableprinter.h"
#include "domain/countryresolver.h"
#include "storage/countryrepository.h"
#include "storage/personrepository.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace entente::cli {

namespace {

struct Holder
{
    Person person;
    Position position; // the post asked about, as this person held it
};

// Only YYYY-MM-DD: QDate's ISO parser would also take "2009-11-25T10:00".
std::optional<QDate> parseDay(const QString &text)
{
    static const QRegularExpression pattern(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    if (!pattern.match(text).hasMatch())
        return std::nullopt;
    const QDate day = QDate::fromString(text, Qt::ISODate);
    return day.isValid() ? std::optional<QDate>(day) : std::nullopt;
}

Position matchingPosition(const Person &person, const QString &title, const QString &country,
                          QDate day)
{
    for (const Position &position : person.positions) {
        if (position.title.compare(title, Qt::CaseInsensitive) == 0 &&
            (country.isEmpty() || position.country == country) && position.covers(day))
            return position;
    }
    return {};
}

QJsonValue dateOrNull(const PartialDate &date)
{
    return date.isValid() ? QJsonValue(date.toIso()) : QJsonValue(QJsonValue::Null);
}

QJsonObject holderJson(const Holder &holder)
{
    const Person &p = holder.person;
    const Position &position = holder.position;
    return {{u"id"_s, p.id},
            {u"name"_s, p.displayName()},
            {u"name_latin"_s, p.nameLatin},
            {u"name_native"_s, p.nameNative},
            {u"aliases"_s, QJsonArray::fromStringList(p.aliases)},
            {u"country"_s, p.country.isEmpty() ? QJsonValue() : QJsonValue(p.country)},
            {u"position"_s, QJsonObject{{u"title"_s, position.title},
                                        {u"organisation"_s, position.organisation},
                                        {u"country"_s, position.country},
                                        {u"from"_s, dateOrNull(position.from)},
                                        {u"to"_s, dateOrNull(position.to)}}}};
}

} // namespace

QList<QCommandLineOption> whoHeldOptions()
{
    return {{u"country"_s,
             Cli::tr("The country or international organisation of the post: a code or a name."),
             u"COUNTRY"_s},
            {u"date"_s, Cli::tr("The day, as YYYY-MM-DD (default: today)."), u"YYYY-MM-DD"_s},
            formatOption()};
}

ExitCode runWhoHeld(CommandContext &context)
{
    const QStringList arguments = context.positional();
    if (arguments.size() != 1 || arguments.first().trimmed().isEmpty())
        return context.usageError(
            Cli::tr("give one post title, in quotes: \"Minister of Foreign Affairs\""));
    const QString title = arguments.first().trimmed();
    const QString dateText = context.parser().value(u"date"_s);
    const auto day = dateText.isEmpty() ? std::optional(QDate::currentDate()) : parseDay(dateText);
    if (!day)
        return context.usageError(
            Cli::tr("“%1” is not a date: write it as YYYY-MM-DD").arg(dateText));
    const auto format = context.format();
    if (!format)
        return context.usageError(format.error().message);
    const auto catalogue = context.openCatalogue();
    if (!catalogue)
        return context.fail(catalogue.error());

    QString country;
    if (const QString countryText = context.parser().value(u"country"_s); !countryText.isEmpty()) {
        // An organisation's officials (the EU's High Representative) hold its posts.
        const auto code = CountryRepository(**catalogue).resolveParty(countryText);
        if (!code)
            return context.fail(code.error());
        if (code->isEmpty())
            return context.usageError(CountryResolver::builtIn().notAParty(countryText));
        country = *code;
    }

    const PersonRepository people(**catalogue);
    const auto ids = people.holdersOf(title, country, *day);
    if (!ids)
        return context.fail(ids.error());
    QList<Holder> holders;
    for (const qint64 id : *ids) {
        auto person = people.get(id);
        if (!person)
            return context.fail(person.error());
        const Position position = matchingPosition(*person, title, country, *day);
        holders.append({std::move(*person), position});
    }

    if (*format == OutputFormat::Json) {
        JsonArrayWriter array(context);
        for (const Holder &holder : std::as_const(holders))
            array.append(holderJson(holder));
        array.close();
    } else {
        TablePrinter table({Cli::tr("ID"), Cli::tr("Name"), Cli::tr("Native name"), Cli::tr("Post"),
                            Cli::tr("From"), Cli::tr("To")});
        for (const Holder &h : std::as_const(holders)) {
            const QString post = h.position.organisation.isEmpty()
                                     ? h.position.title
                                     : h.position.title + u", "_s + h.position.organisation;
            table.addRow({QString::number(h.person.id), h.person.displayName(), h.person.nameNative,
                          post, h.position.from.toIso(), h.position.to.toIso()});
        }
        context.print(table.toString());
    }
    if (holders.isEmpty()) {
        context.note(Cli::tr("Nobody in the catalogue held the post “%1” on %2.")
                         .arg(title, day->toString(Qt::ISODate)));
        return ExitCode::NothingFound;
    }
    return ExitCode::Done;
}

} // namespace entente::cli
