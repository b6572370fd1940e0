#pragma once

#include "domain/outcomedocument.h"

#include <QWidget>

#include <functional>

class QComboBox;

namespace entente {

struct DocumentRow;

// "This document <develops | renews | supersedes | amends> <that one>": a relation and a target
// found by typing words of its title, among this meeting's documents and the catalogue's.
class DocumentLinkEdit : public QWidget
{
    Q_OBJECT

public:
    using Finder = std::function<QList<DocumentRow>(const QString &words)>;

    explicit DocumentLinkEdit(QWidget *parent = nullptr);
    // Documents offered before anything is typed (the meeting's others), and how to look further.
    void setCandidates(const QList<std::pair<qint64, QString>> &documents, Finder finder);
    void setLink(const DocumentLink &link);
    // targetId 0: no link.
    DocumentLink link() const;

private:
    void search(const QString &text);

    QComboBox *m_relation;
    QComboBox *m_target;
    Finder m_finder;
};

} // namespace entente
