#include "displaylabels.h"

#include "storage/countryrepository.h"
#include "storage/vocabularyrepository.h"

namespace entente {

Result<DisplayLabels> DisplayLabels::load(const Catalogue &catalogue, const QLocale &locale)
{
    DisplayLabels labels;
    auto countries = CountryRepository(catalogue).all();
    if (!countries)
        return countries.error();
    const bool russian = locale.language() == QLocale::Russian;
    for (const Country &c : *countries) {
        labels.countries.insert(c.code, russian && !c.nameRu.isEmpty() ? c.nameRu : c.nameEn);
        if (c.organisation)
            labels.organisations.insert(c.code);
    }

    const VocabularyRepository vocabulary(catalogue);
    const std::pair<VocabularyRepository::Kind, QHash<QString, QString> *> lists[] = {
        {VocabularyRepository::Kind::Format, &labels.formats},
        {VocabularyRepository::Kind::DocumentKind, &labels.documentKinds},
        {VocabularyRepository::Kind::DocumentAction, &labels.documentActions}};
    for (const auto &[kind, target] : lists) {
        auto list = vocabulary.labels(kind);
        if (!list)
            return list.error();
        *target = *list;
    }
    return labels;
}

QHash<QString, QString> DisplayLabels::countriesOnly() const
{
    QHash<QString, QString> only = countries;
    for (const QString &code : organisations)
        only.remove(code);
    return only;
}

} // namespace entente
