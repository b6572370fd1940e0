#include "russianforms.h"

#include "domain/namefolding.h"

#include <QList>
#include <QSet>

#include <array>

using namespace Qt::StringLiterals;

namespace entente::RussianForms {

namespace {

constexpr int caseCount = 6;
using Forms = std::array<QStringList, caseCount>; // by Case, each with its variants

// A form for every case: endings replacing `cut` letters of the nominative.
Forms endings(const QString &word, int cut, std::initializer_list<const char16_t *> perCase)
{
    const QString stem = word.left(word.size() - cut);
    Forms forms;
    int c = 0;
    for (const char16_t *ending : perCase) {
        for (const QString &variant : QString::fromUtf16(ending).split(u'|'))
            forms[c].append(stem + variant);
        ++c;
    }
    return forms;
}

bool endsWithAny(QStringView word, std::initializer_list<const char16_t *> tails)
{
    for (const char16_t *tail : tails) {
        if (word.endsWith(QStringView(tail)))
            return true;
    }
    return false;
}

bool hissingOrVelar(QChar c)
{
    return QStringView(u"гкхжшщч").contains(c);
}

bool hissing(QChar c)
{
    return QStringView(u"жшщчц").contains(c);
}

bool cyrillic(QStringView word)
{
    for (const QChar c : word) {
        if (c.isLetter())
            return c.script() == QChar::Script_Cyrillic;
    }
    return false;
}

// The case forms of one folded word, by its ending.
Forms wordForms(const QString &w)
{
    const qsizetype n = w.size();
    if (n < 2 || !cyrillic(w))
        return endings(w, 0, {u"", u"", u"", u"", u"", u""});
    const QChar beforeLast = w.at(n - 2);
    if (w.endsWith(u"ая"))
        return endings(w, 2, {u"ая", u"ой", u"ой", u"ую", u"ой|ою", u"ой"});
    if (w.endsWith(u"яя"))
        return endings(w, 2, {u"яя", u"ей", u"ей", u"юю", u"ей", u"ей"});
    if (n > 3 && w.endsWith(u"ый"))
        return endings(w, 2, {u"ый", u"ого", u"ому", u"ый", u"ым", u"ом"});
    if (n > 3 && w.endsWith(u"ий"))
        return endings(w, 2, {u"ий", u"ого|его", u"ому|ему", u"ий", u"им", u"ом|ем"});
    if (n > 3 && w.endsWith(u"ой"))
        return endings(w, 2, {u"ой", u"ого", u"ому", u"ой", u"ым", u"ом"});
    if (n > 3 && endsWithAny(w, {u"ое", u"ее"}))
        return endings(w, 2, {u"ое|ее", u"ого|его", u"ому|ему", u"ое|ее", u"ым|им", u"ом|ем"});
    if (n > 3 && w.endsWith(u"ые"))
        return endings(w, 2, {u"ые", u"ых", u"ым", u"ые", u"ыми", u"ых"});
    if (n > 3 && w.endsWith(u"ие"))
        return endings(w, 2, {u"ие", u"их", u"им", u"ие", u"ими", u"их"});
    if (w.endsWith(u"ия"))
        return endings(w, 2, {u"ия", u"ии", u"ии", u"ию", u"ией", u"ии"});
    if (w.endsWith(u'а')) {
        const bool soft = hissingOrVelar(beforeLast);
        return endings(w, 1,
                       {u"а", soft ? u"и" : u"ы", u"е", u"у",
                        hissing(beforeLast) ? u"ей|ой" : u"ой|ою", u"е"});
    }
    if (w.endsWith(u'я'))
        return endings(w, 1, {u"я", u"и", u"е", u"ю", u"ей", u"е"});
    if (w.endsWith(u'ь'))
        return endings(w, 1, {u"ь", u"и|я", u"и|ю", u"ь|я", u"ью|ем", u"и|е"});
    if (w.endsWith(u'й'))
        return endings(w, 1, {u"й", u"я", u"ю", u"й", u"ем", u"е"});
    if (w.endsWith(u'ы'))
        return endings(w, 1, {u"ы", u"ов|", u"ам", u"ы", u"ами", u"ах"});
    if (QStringView(u"оеуюэиё").contains(w.back()))
        return endings(w, 0, {u"", u"", u"", u"", u"", u""});
    // A consonant: masculine, like Минск or Париж.
    return endings(w, 0, {u"", u"а", u"у", u"", hissing(w.back()) ? u"ем|ом" : u"ом", u"е"});
}

// A word as a list of its hyphen-separated parts, declining only the last.
Forms hyphenatedForms(const QString &word)
{
    const QStringList parts = word.split(u' ', Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return {};
    const QString head = parts.mid(0, parts.size() - 1).join(u' ');
    Forms last = wordForms(parts.last());
    if (head.isEmpty())
        return last;
    for (QStringList &variants : last) {
        for (QString &v : variants)
            v = head + u' ' + v;
    }
    return last;
}

// Each combination of the words' variants of one case, capped: place names have few words.
QStringList combine(const QList<QStringList> &words)
{
    QStringList result = {QString()};
    for (const QStringList &variants : words) {
        QStringList next;
        for (const QString &prefix : std::as_const(result)) {
            for (const QString &v : variants) {
                if (next.size() < 16)
                    next.append(prefix.isEmpty() ? v : prefix + u' ' + v);
            }
        }
        result = next;
    }
    return result;
}

} // namespace

QStringList placeForms(const QString &nominative)
{
    QString name = nominative.trimmed();
    if (name.endsWith(u'!')) {
        name.chop(1);
        return {NameFolding::fold(name)};
    }
    // Hyphens stay inside their word here; fold() turns them into spaces within each word.
    const QStringList words = name.split(u' ', Qt::SkipEmptyParts);
    QList<Forms> perWord;
    for (const QString &word : words)
        perWord.append(hyphenatedForms(NameFolding::fold(word)));

    QStringList forms;
    QSet<QString> seen;
    auto add = [&](const QString &form) {
        if (!form.isEmpty() && !seen.contains(form)) {
            seen.insert(form);
            forms.append(form);
        }
    };
    // The first k words declined and the rest left in the nominative, for every k: Российской
    // Федерации (all), Федеративной Республики Бразилия (two), Республики Беларусь (one).
    for (int c = 0; c < caseCount; ++c) {
        for (qsizetype k = perWord.size(); k >= 1; --k) {
            QList<QStringList> declined;
            for (qsizetype i = 0; i < perWord.size(); ++i)
                declined.append(i < k ? perWord.at(i)[c] : perWord.at(i)[0]);
            for (const QString &form : combine(declined))
                add(form);
        }
    }
    return forms;
}

Case caseOfTitleWord(const QString &word)
{
    const QString w = NameFolding::fold(word);
    if (!cyrillic(w) || w.size() < 3)
        return Case::Nominative;
    if (endsWithAny(w, {u"ом", u"ем", u"ой", u"ей", u"ым", u"им", u"ами"}))
        return Case::Instrumental;
    if (endsWithAny(w, {u"ого", u"его"}))
        return Case::Genitive;
    if (endsWithAny(w, {u"у", u"ю"}))
        return Case::Dative;
    if (w.endsWith(u'е'))
        return Case::Prepositional;
    // Masculine nouns in -а/-я are genitive (министра, президента, заместителя); feminine ones in
    // -ы/-и (главы) too.
    if (endsWithAny(w, {u"ра", u"та", u"ля", u"ла", u"ка", u"на", u"ы", u"и"}))
        return Case::Genitive;
    return Case::Nominative;
}

QString nominativeOfName(const QString &word, Case grammaticalCase)
{
    if (grammaticalCase == Case::Nominative || word.size() < 3 || !cyrillic(word))
        return word;
    struct Rule
    {
        const char16_t *tail;
        const char16_t *replacement;
    };
    static const QList<Rule> genitive = {
        {u"ского", u"ский"}, {u"цкого", u"цкий"}, {u"ова", u"ов"}, {u"ева", u"ев"}, {u"ёва", u"ёв"},
        {u"ина", u"ин"},     {u"ына", u"ын"},     {u"ой", u"а"},   {u"ея", u"ей"},  {u"ия", u"ий"},
        {u"ии", u"ия"},      {u"ы", u"а"},        {u"я", u"й"},    {u"а", u""}};
    static const QList<Rule> dative = {{u"скому", u"ский"}, {u"цкому", u"цкий"}, {u"ову", u"ов"},
                                       {u"еву", u"ев"},     {u"ину", u"ин"},     {u"ыну", u"ын"},
                                       {u"ой", u"а"},       {u"ею", u"ей"},      {u"ию", u"ий"},
                                       {u"ии", u"ия"},      {u"у", u""},         {u"е", u"а"}};
    static const QList<Rule> instrumental = {
        {u"ским", u"ский"}, {u"цким", u"цкий"}, {u"овым", u"ов"}, {u"евым", u"ев"},
        {u"ёвым", u"ёв"},   {u"иным", u"ин"},   {u"ыным", u"ын"}, {u"ией", u"ия"},
        {u"ой", u"а"},      {u"еем", u"ей"},    {u"аем", u"ай"},  {u"ием", u"ий"},
        {u"ем", u"ь"},      {u"ом", u""}};
    static const QList<Rule> prepositional = {
        {u"ском", u"ский"}, {u"цком", u"цкий"}, {u"ове", u"ов"}, {u"еве", u"ев"}, {u"ине", u"ин"},
        {u"ой", u"а"},      {u"ии", u"ия"},     {u"ее", u"ей"},  {u"е", u""}};
    const QList<Rule> *rules = nullptr;
    switch (grammaticalCase) {
    case Case::Genitive:
    case Case::Accusative:
        rules = &genitive;
        break;
    case Case::Dative:
        rules = &dative;
        break;
    case Case::Instrumental:
        rules = &instrumental;
        break;
    case Case::Prepositional:
        rules = &prepositional;
        break;
    case Case::Nominative:
        return word;
    }
    for (const Rule &rule : *rules) {
        const QStringView tail(rule.tail);
        if (word.size() > tail.size() + 1 && word.endsWith(tail, Qt::CaseInsensitive))
            return word.left(word.size() - tail.size()) + QString::fromUtf16(rule.replacement);
    }
    return word;
}

} // namespace entente::RussianForms
