#pragma once

#include "extract/wordtoken.h"

#include <QList>
#include <QString>

namespace entente {

// A press release cut into what the extractor reads: lines classified (page furniture such as
// tickers, menus, stamps, "Updated 12:45" and copyright lines; stand-alone date lines; the
// publisher line; the headline; the body), body paragraphs cut into sentences, sentences into
// words. Offsets always point into the text as given: normalising only swaps characters one for
// one (tabs, carriage returns and no-break spaces become spaces), so an evidence span can be
// shown in the original.
class ReleaseText
{
public:
    enum class LineKind {
        Blank,
        Furniture, // ticker, menu, stamp, copyright, "Updated …", share/print buttons
        DateLine,  // a date (and perhaps a time) on its own, or "Published: …": the publication
        Url,
        Publisher, // a header or footer line naming a ministry or its press service
        Headline,
        Body,
    };
    struct Line
    {
        qsizetype start = 0;
        qsizetype end = 0;
        LineKind kind = LineKind::Body;
    };
    struct Sentence
    {
        qsizetype start = 0;
        qsizetype end = 0;
        qsizetype firstWord = 0; // into words()
        qsizetype lastWord = 0;  // one past
        bool headline = false;
    };

    // Only the first maxAnalysed characters are read: a press release is a few pages.
    static constexpr qsizetype maxAnalysed = 100000;

    explicit ReleaseText(const QString &text);

    const QString &text() const { return m_text; }
    const QList<Line> &lines() const { return m_lines; }
    const QList<Sentence> &sentences() const { return m_sentences; }
    const QList<WordToken> &words() const { return m_words; }

    QString lineText(const Line &line) const;
    // The sentence on one line, white space collapsed: what evidence shows.
    QString sentenceText(const Sentence &sentence) const;
    // The headline, or empty.
    QString headline() const;
    // The first address on a line of its own, or empty.
    QString url() const;

private:
    void classifyLines();
    void markHeadlineAndPublisher();
    void splitSentences(qsizetype from, qsizetype to, bool headline);
    bool endsSentence(qsizetype dot, qsizetype from) const;

    QString m_text;
    QList<Line> m_lines;
    QList<Sentence> m_sentences;
    QList<WordToken> m_words;
};

} // namespace entente
