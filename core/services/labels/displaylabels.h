#pragma once

#include "domain/error.h"

#include <QHash>
#include <QLocale>
#include <QSet>
#include <QString>

namespace entente {

class Catalogue;

// Everything a view needs to turn codes into words, read once per catalogue: country names in
// the UI language (organisations among them: they are parties too), and the vocabularies'
// labels.
struct DisplayLabels
{
    QHash<QString, QString> countries; // and organisations: every party, by code
    QSet<QString> organisations;
    QHash<QString, QString> formats;
    QHash<QString, QString> documentKinds;
    QHash<QString, QString> documentActions;

    static Result<DisplayLabels> load(const Catalogue &catalogue, const QLocale &locale);

    QString country(const QString &code) const { return countries.value(code, code); }
    // The countries alone, for a meeting's place.
    QHash<QString, QString> countriesOnly() const;
    QString format(const QString &code) const { return formats.value(code, code); }
    QString documentKind(const QString &code) const { return documentKinds.value(code, code); }
    QString documentAction(const QString &code) const { return documentActions.value(code, code); }
};

} // namespace entente
