#include "cli/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace entente::cli {

void installTranslations(QCoreApplication &application)
{
    // Owned by the application: they must live as long as it does.
    auto *plurals = new QTranslator(&application);
    if (plurals->load(u":/i18n/entente_en.qm"_s))
        QCoreApplication::installTranslator(plurals);
    const QLocale locale;
    if (locale.language() != QLocale::English && locale.language() != QLocale::C) {
        auto *own = new QTranslator(&application);
        if (own->load(locale, u"entente"_s, u"_"_s, u":/i18n"_s))
            QCoreApplication::installTranslator(own);
        auto *qt = new QTranslator(&application);
        if (qt->load(locale, u"qtbase"_s, u"_"_s,
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
    }
}

} // namespace entente::cli
