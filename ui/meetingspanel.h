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

    QTableView *m_view;
    MeetingTableModel *m_model = nullptr;
};

} // namespace entente
