#pragma once

#include "domain/meeting.h"
#include "labels/displaylabels.h"
#include "query/matchedwords.h"

#include <QWidget>

#include <optional>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace entente {

// Everything about the selected meeting, read-only: heading, parties, delegations, topics,
// outcome documents, sub-events, tone, summary and sources.
class SectionList;

class MeetingDetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit MeetingDetailPane(QWidget *parent = nullptr);

    void setLabels(const DisplayLabels &labels) { m_labels = labels; }
    // The words of the current search, marked wherever the meeting's text shows them.
    void setMatchedWords(const MatchedWords &words);
    void showMeeting(const Meeting &meeting);
    void clear();

Q_SIGNALS:
    // The user asked to open another meeting (a sub-event or the parent).
    void meetingActivated(qint64 id);

private:
    void fillDelegations(const Meeting &meeting);
    void fillDocuments(const Meeting &meeting);
    void fillSubEvents(const Meeting &meeting);
    QString headline(const Meeting &meeting) const;
    // User text, never markup; the search's words marked when there are any.
    void setUserText(QLabel *label, const QString &text) const;

    DisplayLabels m_labels;
    MatchedWords m_matched;
    std::optional<Meeting> m_shown;
    QStackedWidget *m_stack;
    QLabel *m_title;
    QLabel *m_headline;
    QLabel *m_parties;
    SectionList *m_delegations;
    QLabel *m_topics;
    SectionList *m_documents;
    QListWidget *m_subEvents;
    QLabel *m_tone;
    QLabel *m_summary;
    QLabel *m_sources;
};

} // namespace entente
