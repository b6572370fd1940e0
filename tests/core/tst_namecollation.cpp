#include "domain/namecollation.h"

#include <QCollator>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace entente;

// Sort keys compared as bytes give QCollator's order for the locale (numeric mode, case
// ignored): Latin and Cyrillic together, in the order each language gives them.
class TestNameCollation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keysSortLikeTheLocale_data();
    void keysSortLikeTheLocale();
    void keysAgreeWithQCollator_data();
    void keysAgreeWithQCollator();
    void identityFollowsTheCollationNotTheName();
    void cLocaleSortsLikeUnicodeNotByCodePoint();
};

namespace {

QStringList sortedByKeys(QStringList words, const NameCollation &collation)
{
    std::stable_sort(words.begin(), words.end(), [&](const QString &a, const QString &b) {
        return collation.sortKey(a) < collation.sortKey(b);
    });
    return words;
}

const QStringList mix = {u"Ärger"_s, u"apple"_s, u"Zebra"_s, u"Ёлка"_s,
                         u"ель"_s,   u"Жук"_s,   u"ёж"_s};

} // namespace

void TestNameCollation::keysSortLikeTheLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QStringList>("expected");
    // English: Latin first; Ä with A; Ё with Е (ёж before Ёлка: ж before л).
    QTest::newRow("English") << u"en_US"_s
                             << QStringList{u"apple"_s, u"Ärger"_s, u"Zebra"_s, u"ёж"_s,
                                            u"Ёлка"_s,  u"ель"_s,   u"Жук"_s};
    // Russian: Cyrillic first, then Latin.
    QTest::newRow("Russian") << u"ru_RU"_s
                             << QStringList{u"ёж"_s,    u"Ёлка"_s,  u"ель"_s,  u"Жук"_s,
                                            u"apple"_s, u"Ärger"_s, u"Zebra"_s};
}

void TestNameCollation::keysSortLikeTheLocale()
{
    QFETCH(QString, locale);
    QFETCH(QStringList, expected);
    const NameCollation collation{QLocale(locale)};
    QCOMPARE(sortedByKeys(mix, collation), expected);
    QStringList reversed = mix;
    std::reverse(reversed.begin(), reversed.end());
    QCOMPARE(sortedByKeys(reversed, collation), expected);
    // Numbers by value, case ignored.
    QCOMPARE(sortedByKeys({u"Round 10"_s, u"round 9"_s, u"Round 2"_s}, collation),
             (QStringList{u"Round 2"_s, u"round 9"_s, u"Round 10"_s}));
    QCOMPARE(collation.sortKey(u"Minsk"_s), collation.sortKey(u"MINSK"_s));
    QVERIFY(collation.sortKey(u"Ёлка"_s) != collation.sortKey(u"Елка"_s)); // accents count
    // No text (a meeting with no place) sorts before any text.
    QVERIFY(collation.sortKey(QString()) < collation.sortKey(u"0"_s));
    QVERIFY(collation.sortKey(QString()) < collation.sortKey(u" "_s));
}

void TestNameCollation::keysAgreeWithQCollator_data()
{
    QTest::addColumn<QString>("locale");
    for (const char *name : {"en_US", "ru_RU", "de_DE", "uk_UA", "fr_FR"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestNameCollation::keysAgreeWithQCollator()
{
    QFETCH(QString, locale);
    const QStringList words =
        mix + QStringList{u"Apple"_s,   u"Ель"_s,    u"арбуз"_s,   u"Île-de-France"_s,
                          u"Ільїч"_s,   u"Їжак"_s,   u"Minsk 2"_s, u"Minsk 10"_s,
                          u"Мінск"_s,   u"Straße"_s, u"Strasse"_s, u"Ölberg"_s,
                          u"O'Neill"_s, u"Oneida"_s, u"Ω"_s};
    QCollator collator{QLocale(locale)};
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    const NameCollation collation{QLocale(locale)};
    for (const QString &a : words) {
        for (const QString &b : words) {
            const int expected = collator.compare(a, b);
            const int bytes = collation.sortKey(a) < collation.sortKey(b)   ? -1
                              : collation.sortKey(a) > collation.sortKey(b) ? 1
                                                                            : 0;
            QVERIFY2((expected > 0) - (expected < 0) == bytes, qPrintable(a + u" / "_s + b));
            QCOMPARE(collation.compare(a, b), bytes);
        }
    }
}

void TestNameCollation::identityFollowsTheCollationNotTheName()
{
    const QString english = NameCollation(QLocale(u"en_US"_s)).identity();
    const QString russian = NameCollation(QLocale(u"ru_RU"_s)).identity();
    QVERIFY(english != russian);
    QVERIFY(russian.contains(u":ru:"_s));
    // English and German share the language-neutral order, and so their keys.
    QCOMPARE(NameCollation(QLocale(u"de_DE"_s)).identity(), english);
    QCOMPARE(NameCollation(QLocale(u"ru_RU"_s)).localeName(), u"ru"_s);
    QCOMPARE(NameCollation::fromLocaleName(u"ru"_s).identity(), russian);
}

void TestNameCollation::cLocaleSortsLikeUnicodeNotByCodePoint()
{
    const NameCollation c{QLocale::c()};
    QCOMPARE(c.localeName(), QString());
    QCOMPARE(sortedByKeys(mix, c), sortedByKeys(mix, NameCollation(QLocale(u"en_US"_s))));
    QCOMPARE(NameCollation::fromLocaleName(QString()).identity(), c.identity());
}

QTEST_GUILESS_MAIN(TestNameCollation)
#include "tst_namecollation.moc"
