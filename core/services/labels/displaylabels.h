#pragma once

#include "domain/error.h"

#include <QHash>
#include <QLocale>
#include <QString>

namespace entente {

class Catalogue;

// Everything a view needs to turn codes into words, read once per catalogue: country names in
// the UI language, and the vocabularies' labels.
struct DisplayLabels
{
    QHash<QString, QString> countries;
    QHash<QString, QString> formats;
    QHash<QString, QString> documentKinds;
    QHash<QString, QString> documentActions;

    static Result<DisplayLabels> load(const Catalogue &catalogue, const QLocale &locale);

    QString country(const QString &code) const { return countries.value(code, code); }
    QString format(const QString &code) const { return formats.value(code, code); }
    QString documentKind(const QString &code) const { return documentKinds.value(code, code); }
    QString documentAction(const QString &code) const { return documentActions.value(code, code); }
};

} // namespace entente
