#pragma once

#include "extract/meetingdraft.h"
#include "extract/releasetext.h"
#include "extract/releasevocabulary.h"

#include <QDate>
#include <QList>
#include <QString>

namespace entente {

// What the stages of the extractor share while reading one release: the text, the draft being
// filled in, and the decisions taken so far (the lead sentence, the tense, the publication date).
class ReleaseContext
{
public:
    using Group = ReleaseVocabulary::Group;
    enum class Tense {
        Unknown,
        Future,
        PastOrPresent
    };

    ReleaseContext(const ReleaseText &text, MeetingDraft &draft);

    const ReleaseText &text() const { return m_text; }
    MeetingDraft &draft() { return m_draft; }
    const MeetingDraft &draft() const { return m_draft; }

    // Sentences in reading order with the lead first and the headline second: where each field
    // is looked for.
    QList<qsizetype> readingOrder() const;
    qsizetype lead() const { return m_lead; }
    void setLead(qsizetype sentence) { m_lead = sentence; }

    QList<PhraseMatch> find(Group group, qsizetype sentence) const;
    bool has(Group group, qsizetype sentence) const { return !find(group, sentence).isEmpty(); }
    // Format words of a sentence, those inside a document's name ("Plan of Consultations") left
    // out.
    QList<PhraseMatch> formatMatches(qsizetype sentence) const;

    void addEvidence(const QString &field, const QString &value, qsizetype sentence,
                     double confidence, const QString &note = {}, const QString &flag = {});
    void addLineEvidence(const QString &field, const QString &value, qsizetype start, qsizetype end,
                         double confidence, const QString &note = {});

    QDate published; // given by the user or read from the page; null when unknown
    bool publishedGiven = false;
    Tense tense = Tense::Unknown;
    qsizetype tenseSentence = -1; // where the tense was read
    QString publisherCountry;     // the country of the publishing ministry, when it names one
    // Words [first, last) of the titles of outcome documents: their words are no topics.
    QList<std::pair<qsizetype, qsizetype>> documentSpans;

private:
    const ReleaseText &m_text;
    MeetingDraft &m_draft;
    qsizetype m_lead = -1;
};

} // namespace entente
