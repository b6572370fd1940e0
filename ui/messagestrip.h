#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace entente {

// A message above a form, in the manner of a notification bar: what was refused and why, or that
// someone else changed the record, with an optional action ("Reload"). Hidden when empty.
class MessageStrip : public QFrame
{
    Q_OBJECT

public:
    enum class Kind {
        Problem,
        Warning,
        Information
    };

    explicit MessageStrip(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &text, const QString &actionText = {});
    void clear();
    QString text() const;

Q_SIGNALS:
    void actionTriggered();

private:
    QLabel *m_icon;
    QLabel *m_text;
    QToolButton *m_action;
    QToolButton *m_close;
};

} // namespace entente
