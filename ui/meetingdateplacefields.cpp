#include "meetingdateplacefields.h"

#include "countrycombo.h"
#include "partialdateedit.h"

#include <QHBoxLayout>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace entente {

// Created in reading order, which is also the default Tab order in a form that sets none.
MeetingDatePlaceFields::MeetingDatePlaceFields(QWidget *parent)
    : m_start(new PartialDateEdit(parent))
    , m_end(new PartialDateEdit(parent))
    , m_place(new QLineEdit(parent))
    , m_placeCountry(new CountryCombo(parent))
{
    // Tests and the keyboard audit find the fields by these object names.
    const QList<std::tuple<QWidget *, QString, QString>> names = {
        {m_start, u"startDate"_s, tr("Start date")},
        {m_end, u"endDate"_s, tr("End date")},
        {m_place, u"place"_s, tr("Place")},
        {m_placeCountry, u"placeCountry"_s, tr("Country of the place")}};
    for (const auto &[widget, name, accessible] : names) {
        widget->setObjectName(name);
        widget->setAccessibleName(accessible);
    }
    m_end->setPlaceholderText(tr("the same as the start"));
    m_place->setPlaceholderText(tr("City"));
}

QHBoxLayout *MeetingDatePlaceFields::placeLayout() const
{
    auto *layout = new QHBoxLayout;
    layout->addWidget(m_place, 3);
    layout->addWidget(m_placeCountry, 2);
    return layout;
}

void MeetingDatePlaceFields::setTabOrder(QWidget *before, QWidget *after) const
{
    QWidget::setTabOrder(before, m_start);
    QWidget::setTabOrder(m_start, m_end);
    QWidget::setTabOrder(m_end, m_place);
    QWidget::setTabOrder(m_place, m_placeCountry);
    QWidget::setTabOrder(m_placeCountry, after);
}

} // namespace entente
