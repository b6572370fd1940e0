#pragma once

#include <QCoreApplication>

class QHBoxLayout;
class QLineEdit;
class QWidget;

namespace entente {

class CountryCombo;
class PartialDateEdit;

// When and where a meeting took place (start and end date, place and the place's country) as the
// meeting editor and the New Meeting dialog both ask for them: one set of object names,
// accessible names and hints. Not a widget of its own: the fields are children of the form that
// lays them out, so that their labels line up with the form's other rows.
class MeetingDatePlaceFields
{
    Q_DECLARE_TR_FUNCTIONS(MeetingDatePlaceFields)

public:
    explicit MeetingDatePlaceFields(QWidget *parent);

    PartialDateEdit *start() const { return m_start; }
    PartialDateEdit *end() const { return m_end; }
    QLineEdit *place() const { return m_place; }
    CountryCombo *placeCountry() const { return m_placeCountry; }

    // The place and its country side by side, for one form row.
    QHBoxLayout *placeLayout() const;
    // Tab goes from `before` through the four fields in reading order, then on to `after`.
    void setTabOrder(QWidget *before, QWidget *after) const;

private:
    PartialDateEdit *m_start;
    PartialDateEdit *m_end;
    QLineEdit *m_place;
    CountryCombo *m_placeCountry;
};

} // namespace entente
