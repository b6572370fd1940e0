#pragma once

#include "domain/partialdate.h"

#include <QWidget>

class QCalendarWidget;
class QLineEdit;
class QToolButton;

namespace entente {

// A date field that takes dates as people type them, at the precision they know: "25.11.2009",
// "2009-11-25", "Nov 2009", "ноябрь 2009", "2009" (see PartialDateParser), with a calendar popup
// (Alt+Down, or the button) for picking a day. What was typed stays until the user changes it,
// even when it is not a date; problem() says what is wrong with it.
class PartialDateEdit : public QWidget
{
    Q_OBJECT

public:
    explicit PartialDateEdit(QWidget *parent = nullptr);
    ~PartialDateEdit() override;

    void setDate(const PartialDate &date);
    // The date typed: null when empty, possibly impossible (2009-02-30) or null with a problem
    // when the text is not a date at all.
    PartialDate date() const;
    // Empty for an empty field or a valid date; otherwise what is wrong.
    QString problem() const;
    QString text() const;
    void setText(const QString &text);
    void setPlaceholderText(const QString &text);
    QLineEdit *lineEdit() const { return m_edit; }
    void showCalendar();

Q_SIGNALS:
    // The user finished an entry that differs from the last one set or committed: focus left the
    // field, Return was pressed, or a day was picked in the calendar.
    void committed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void commitIfChanged();

    QLineEdit *m_edit;
    QToolButton *m_button;
    QCalendarWidget *m_calendar;
    QString m_committedText;
};

} // namespace entente
