#include "releasecontext.h"

namespace entente {

ReleaseContext::ReleaseContext(const ReleaseText &text, MeetingDraft &draft)
    : m_text(text)
    , m_draft(draft)
{}

QList<qsizetype> ReleaseContext::readingOrder() const
{
    QList<qsizetype> order;
    if (m_lead >= 0)
        order.append(m_lead);
    const auto &sentences = m_text.sentences();
    for (qsizetype i = 0; i < sentences.size(); ++i) {
        if (sentences.at(i).headline && i != m_lead)
            order.append(i);
    }
    for (qsizetype i = 0; i < sentences.size(); ++i) {
        if (!sentences.at(i).headline && i != m_lead)
            order.append(i);
    }
    return order;
}

QList<PhraseMatch> ReleaseContext::find(Group group, qsizetype sentence) const
{
    if (sentence < 0 || sentence >= m_text.sentences().size())
        return {};
    const ReleaseText::Sentence &s = m_text.sentences().at(sentence);
    return ReleaseVocabulary::instance().matcher(group).findAll(m_text.text(), m_text.words(),
                                                                s.firstWord, s.lastWord);
}

QList<PhraseMatch> ReleaseContext::formatMatches(qsizetype sentence) const
{
    const QList<PhraseMatch> excluded = find(Group::NotFormat, sentence);
    QList<PhraseMatch> formats;
    for (const PhraseMatch &m : find(Group::Format, sentence)) {
        bool inside = false;
        for (const PhraseMatch &x : excluded)
            inside = inside || (m.first < x.last && x.first < m.last);
        if (!inside)
            formats.append(m);
    }
    return formats;
}

void ReleaseContext::addEvidence(const QString &field, const QString &value, qsizetype sentence,
                                 double confidence, const QString &note, const QString &flag)
{
    Evidence e;
    e.field = field;
    e.value = value;
    if (sentence >= 0 && sentence < m_text.sentences().size()) {
        const ReleaseText::Sentence &s = m_text.sentences().at(sentence);
        e.sentence = m_text.sentenceText(s);
        e.start = s.start;
        e.end = s.end;
    }
    e.confidence = confidence;
    e.note = note;
    e.flag = flag;
    m_draft.evidence.append(e);
}

void ReleaseContext::addLineEvidence(const QString &field, const QString &value, qsizetype start,
                                     qsizetype end, double confidence, const QString &note)
{
    Evidence e;
    e.field = field;
    e.value = value;
    e.start = start;
    e.end = end;
    if (start >= 0 && end >= start)
        e.sentence = m_text.text().mid(start, end - start).simplified();
    e.confidence = confidence;
    e.note = note;
    m_draft.evidence.append(e);
}

} // namespace entente
