#pragma once

#include "domain/meeting.h"
#include "labels/displaylabels.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>

namespace entente {

class PageCanvas;

// One meeting with every field, laid out as a dossier from the top of a new page: the title and
// its date and place, the facts, the delegations with their heads and members and the posts they
// held, the topics, the outcome documents with their links, the sub-events, the tone, the summary
// and the sources. Every value is drawn as plain text.
class DossierWriter
{
    Q_DECLARE_TR_FUNCTIONS(DossierWriter)

public:
    DossierWriter(PageCanvas &canvas, const DisplayLabels &labels, const QLocale &locale);

    // `subEvents` are the meeting's sub-events read whole; `parentTitle` names the meeting a
    // sub-event belongs to (empty for a meeting that is not one).
    void write(const Meeting &meeting, const QList<Meeting> &subEvents, const QString &parentTitle);

private:
    void titleBlock(const Meeting &meeting, const QString &parentTitle);
    void facts(const Meeting &meeting, const QString &parentTitle);
    void delegations(const Meeting &meeting);
    void topics(const Meeting &meeting);
    void documents(const Meeting &meeting);
    void subEvents(const QList<Meeting> &subEvents);
    qreal subEventHeight(const Meeting &sub, qreal indent) const;
    // A delegation member: the name in both scripts, then `note`, the post and whether they led.
    void member(const DelegationMember &member, const QString &note, qreal indent);
    void summary(const Meeting &meeting);
    void sources(const Meeting &meeting);
    void record(const Meeting &meeting);

    QString personName(const DelegationMember &member) const;
    QString partyText(const Meeting &meeting, const QString &country) const;
    QString placeText(const Meeting &meeting) const;
    QString dateText(const PartialDate &date) const;

    PageCanvas &m_canvas;
    const DisplayLabels &m_labels;
    QLocale m_locale;
};

} // namespace entente
