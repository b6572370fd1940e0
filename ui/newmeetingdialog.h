#pragma once

#include "domain/meeting.h"
#include "domain/meetingsummary.h"
#include "labels/displaylabels.h"
#include "meetingdateplacefields.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLineEdit;

namespace entente {

class CountryCombo;
class MessageStrip;

// The essentials of a new meeting, asked for first: what it was, when, where, and between whom.
// Enough to warn of a probable duplicate before anything is written; the editor does the rest.
class NewMeetingDialog : public QDialog
{
    Q_OBJECT

public:
    // Meetings like the one about to be created; empty when none.
    using DuplicateCheck = std::function<QList<MeetingSummary>(const Meeting &)>;

    NewMeetingDialog(const DisplayLabels &labels, DuplicateCheck check, QWidget *parent = nullptr);

    // Starts from a copy of another meeting (Duplicate Meeting): its delegations and topics come
    // along; documents, sources and sub-events do not.
    void setTemplate(const Meeting &meeting);
    Meeting meeting() const;
    // Set when the user chose to open an existing meeting instead (the dialog was rejected).
    qint64 meetingToOpen() const { return m_open; }
    void accept() override;

private:
    bool check();

    DuplicateCheck m_check;
    Meeting m_template;
    qint64 m_open = 0;
    MessageStrip *m_message;
    QLineEdit *m_title;
    MeetingDatePlaceFields m_datePlace;
    QComboBox *m_format;
    CountryCombo *m_host;
    CountryCombo *m_guest;
};

} // namespace entente
