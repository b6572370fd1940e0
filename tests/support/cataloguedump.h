#pragma once

#include <QStringList>

namespace entente {
class Catalogue;
}

namespace entente::test {

// The whole content of a catalogue as sorted lines of text, one per row of every table (the
// full-text index included, its internal tables not), for comparing a catalogue before an edit
// with the same catalogue after the edit was undone. Bookkeeping that undo legitimately moves on
// (row versions and timestamps) is left out.
QStringList dumpCatalogue(const Catalogue &catalogue);

// The lines only one side has, "-" for `before`, "+" for `after`: what a failed QCOMPARE shows.
QString dumpDifference(const QStringList &before, const QStringList &after);

} // namespace entente::test
