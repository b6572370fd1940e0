#pragma once

#include "domain/meeting.h"

#include <QAbstractListModel>

namespace entente {

// The topics of one meeting, in order. A topic the vocabulary does not know yet is a TopicRef
// with id 0, created when the meeting is saved.
class TopicsModel : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit TopicsModel(QObject *parent = nullptr);

    void setTopics(const QList<TopicRef> &topics);
    QList<TopicRef> topics() const { return m_topics; }
    // Adds a topic unless the meeting has it already; false if it had.
    bool addTopic(const TopicRef &topic);
    void removeTopic(int row);
    bool moveTopic(int row, int delta);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void edited();

private:
    QList<TopicRef> m_topics;
};

} // namespace entente
