#pragma once

#include "domain/meeting.h"

#include <QWidget>

class QPlainTextEdit;
class QTableView;
class QToolButton;

namespace entente {

class SourcesModel;

// Where the record comes from: publisher, title, address and date of each source in a table, and
// the text of the selected source below it.
class SourcesEditor : public QWidget
{
    Q_OBJECT

public:
    explicit SourcesEditor(QWidget *parent = nullptr);
    ~SourcesEditor() override;

    void setMeeting(const Meeting &meeting);
    SourcesModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QPlainTextEdit *textField() const { return m_text; }
    void addSource();

Q_SIGNALS:
    void edited();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showText();

    SourcesModel *m_model;
    QTableView *m_view;
    QPlainTextEdit *m_text;
    QToolButton *m_add;
    QToolButton *m_remove;
};

} // namespace entente
