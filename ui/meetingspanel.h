#pragma once

#include <QWidget>

class QTableView;

namespace entente {

class MeetingTableModel;

// The meetings table: browsing, sorting by clicking a header, and telling the window which
// meeting is current.
class MeetingsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit MeetingsPanel(QWidget *parent = nullptr);

    void setModel(MeetingTableModel *model);
    QTableView *view() const { return m_view; }
    qint64 currentMeetingId() const;
    void selectRow(int row);

    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

Q_SIGNALS:
    void currentMeetingChanged(qint64 id);

private:
    void onCurrentChanged();
    // Initial widths that fit the text; the title takes the rest.
    void fitColumns();
    // Until the analyst's own widths are restored: place, parties and heads give way so that the
    // title keeps a third of the table; the date never does.
    void balanceColumns();
    void resizeEvent(QResizeEvent *event) override;

    QTableView *m_view;
    MeetingTableModel *m_model = nullptr;
    QList<int> m_fitted;     // the fitted widths of the columns, by column
    bool m_restored = false; // the analyst's widths were restored: left alone
};

} // namespace entente
