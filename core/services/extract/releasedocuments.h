#pragma once

namespace entente {

class ReleaseContext;

// Outcome documents: a document kind ("Programme", "План", "Memorandum of Understanding") in a
// sentence with a verb of adoption or signature ("signed", "была принята", "парафировали"), not
// in the future tense. The title runs from the kind word to the end of its noun phrase (a comma,
// a clause, "and" before another verb or document, the period "for 2010-2011"); the period
// covered is read from it. Russian titles are put back into the nominative (подписали Программу →
// Программа).
namespace ReleaseDocuments {
void find(ReleaseContext &context);
}

} // namespace entente
