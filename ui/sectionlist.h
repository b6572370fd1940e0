#pragma once

#include "query/matchedwords.h"

#include <QStringList>
#include <QWidget>

class QVBoxLayout;

namespace entente {

// A read-only list of wrapped entries under optional headings, for the detail pane: long titles
// of documents and positions wrap instead of being cut off, which item views do poorly.
class SectionList : public QWidget
{
    Q_OBJECT

public:
    explicit SectionList(QWidget *parent = nullptr);

    void clear();
    void addHeading(const QString &text);
    // An entry: its first line stands out, the others are details beneath it.
    void addEntry(const QString &primary, const QStringList &details = {});
    void setPlaceholder(const QString &text) { m_placeholder = text; }
    // The words of a search to mark in the entries added from now on.
    void setMatchedWords(const MatchedWords &words) { m_matched = words; }

    QStringList headings() const;
    // Each entry's lines joined by newlines, in order.
    QStringList entries() const;

private:
    QVBoxLayout *m_layout;
    QString m_placeholder;
    MatchedWords m_matched;
};

} // namespace entente
