#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace entente {

// The fixed vocabulary of the synthetic catalogue: posts, topics, formats, titles and the
// sentences summaries and source texts are made of. Plain data, the same for every seed; the
// seed only decides how it is combined.
namespace SyntheticPhrases {

// The posts of a foreign ministry that delegations are drawn from, the minister first. Each is
// held by one person at a time in each country.
const QStringList &posts();
QString ministry(const QString &countryName);

struct TopicNode
{
    QString name;
    int parent = -1; // index into topics(), -1 for a top-level topic
};
// Top-level topics each followed by their sub-topics.
const QList<TopicNode> &topics();

struct Format
{
    QString code;  // a built-in format of the catalogue
    int weight;    // how often it occurs
    bool visit;    // spans several days sometimes, and may have sub-events
    bool remote;   // no place: a call, a video conference, messages
    QString title; // %1 first country, %2 second (guest), %3 a topic
};
const QList<Format> &formats();

struct DocumentKind
{
    QString kind;
    QString action;
    QString title; // %1, %2 the parties, %3 a topic, %4 the period
    int weight;
    bool period; // covers a period (a programme, a plan)
};
const QList<DocumentKind> &documentKinds();

// Sentence templates: %1 first country, %2 second, %3 a topic, %4 another topic, %5 a place,
// %6 a year, %7 the first head of delegation, %8 the second.
const QStringList &summarySentences();
const QStringList &sourceSentences();
const QStringList &publishers(); // %1 the host country
const QStringList &tones();
const QStringList &summits();
// Syllables for place names (Latin), from which each country's cities are made.
const QStringList &placeSyllables();
const QStringList &placeEndings();

} // namespace SyntheticPhrases
} // namespace entente
