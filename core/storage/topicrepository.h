#pragma once

#include "domain/error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace entente {

class Catalogue;

struct Topic
{
    qint64 id = 0;
    qint64 parentId = 0; // 0: a top-level topic
    QString name;
    QString path; // "Security › European security architecture", filled in when read
    friend bool operator==(const Topic &a, const Topic &b)
    {
        return a.id == b.id && a.parentId == b.parentId && a.name == b.name;
    }
};

// The hierarchical topic vocabulary. Meetings name topics by id; a new topic typed in a meeting
// is created by MeetingRepository, a topic added or renamed in the vocabulary dialog here.
class TopicRepository
{
    Q_DECLARE_TR_FUNCTIONS(TopicRepository)

public:
    explicit TopicRepository(const Catalogue &catalogue)
        : m_catalogue(catalogue)
    {}

    // Every topic, each with its path, parents before their children, names in path order.
    Result<QList<Topic>> all() const;
    Result<Topic> get(qint64 id) const;
    Result<qint64> add(const QString &name, qint64 parentId = 0);
    // Writes a topic back under its own id: for undoing its removal.
    Status restore(const Topic &topic);
    Status rename(qint64 id, const QString &name);
    // Refused while a meeting uses the topic; its sub-topics go with it.
    Status remove(qint64 id);

private:
    const Catalogue &m_catalogue;
};

} // namespace entente
