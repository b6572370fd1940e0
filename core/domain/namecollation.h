#pragma once

#include <QByteArray>
#include <QLocale>
#include <QString>

namespace entente {

// The order in which a reader's language sorts names and titles, as bytes: sortKey(a) <
// sortKey(b), compared byte by byte (memcmp, which is how SQLite compares BLOBs), exactly when
// QCollator for the same locale, in numeric mode and ignoring case (as PersonListModel sorts),
// puts a before b. Latin and Cyrillic sort together, in the order the language gives them
// (English: Latin first; Russian: Cyrillic first); "Round 2" comes before "Round 10".
//
// Storage keeps such keys beside the text they order (meetings.title_key, place_key), so an
// ordinary index serves a locale-aware ORDER BY and any SQLite tool can still read the file.
// The C and POSIX locales, which QCollator orders by code point, use the language-neutral
// Unicode order instead (the CLDR root collation): names should not sort "Zebra" before "apple".
class NameCollation
{
public:
    explicit NameCollation(const QLocale &locale = QLocale());

    QLocale locale() const { return m_locale; }
    // The locale's name as stored in a catalogue (BCP 47, "ru", "en", "" for the root order).
    QString localeName() const { return QString::fromLatin1(m_name); }
    static NameCollation fromLocaleName(const QString &name);

    QByteArray sortKey(const QString &text) const;
    // Negative, zero or positive, like QCollator::compare.
    int compare(const QString &a, const QString &b) const;

    // What the keys depend on: the collation the library really uses for the locale (en and de
    // share one), its version (keys change between library versions) and the options above.
    // Keys made under one identity must never be compared with keys made under another.
    QString identity() const;

private:
    QLocale m_locale;
    QByteArray m_name; // the ICU locale name
};

} // namespace entente
