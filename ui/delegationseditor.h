#pragma once

#include "domain/meeting.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QToolButton;
class QTreeView;

namespace entente {

class ChoiceDelegate;
class CountryCombo;
class DelegationsModel;
class PersonDelegate;
class UndoSession;
struct PersonChoice;

// The countries taking part and their delegations: one row per country with its role, under it
// the head and members in protocol order (reorder with Ctrl+Up / Ctrl+Down). People are picked
// by typing their name in either script; someone new can be added on the spot, and the post
// they held on the meeting's day is filled in from their history.
class DelegationsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit DelegationsEditor(QWidget *parent = nullptr);

    void setSession(UndoSession *session) { m_session = session; }
    void setCountryNames(const QHash<QString, QString> &names);
    void setMeeting(const Meeting &meeting);
    DelegationsModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    CountryCombo *countryField() const { return m_country; }

    // Adds a party and returns its row (what the "Add" button does).
    int addCountry(const QString &code, PartyRole role);
    // Adds a member row under the selected (or given) country and opens the person field.
    void addMember(int partyRow = -1);
    void moveCurrent(int delta);
    void removeCurrent();

Q_SIGNALS:
    void edited();

private:
    void createPerson(const QModelIndex &member, const QString &name);
    PersonChoice choiceFor(qint64 personId) const;
    int currentPartyRow() const;
    void updateButtons();

    UndoSession *m_session = nullptr;
    DelegationsModel *m_model;
    QTreeView *m_view;
    PersonDelegate *m_personDelegate;
    ChoiceDelegate *m_roleDelegate;
    CountryCombo *m_country;
    QComboBox *m_role;
    QToolButton *m_addCountry;
    QToolButton *m_addMember;
    QToolButton *m_remove;
    QToolButton *m_up;
    QToolButton *m_down;
    QHash<QString, QString> m_names;
    PartialDate m_date;
};

} // namespace entente
