#include "releasevocabulary.h"

#include "domain/datatable.h"
#include "domain/logging.h"

using namespace Qt::StringLiterals;

namespace entente {

namespace {

const QHash<QString, ReleaseVocabulary::Group> &groupNames()
{
    using G = ReleaseVocabulary::Group;
    static const QHash<QString, G> names = {
        {u"format"_s, G::Format},
        {u"not_format"_s, G::NotFormat},
        {u"subevent"_s, G::SubEvent},
        {u"future"_s, G::Future},
        {u"past"_s, G::Past},
        {u"present"_s, G::Present},
        {u"postponed"_s, G::Postponed},
        {u"cancelled"_s, G::Cancelled},
        {u"tone"_s, G::Tone},
        {u"tone_frame"_s, G::ToneFrame},
        {u"doc_kind"_s, G::DocumentKind},
        {u"doc_action"_s, G::DocumentAction},
        {u"publisher"_s, G::Publisher},
    };
    return names;
}

} // namespace

const ReleaseVocabulary &ReleaseVocabulary::instance()
{
    static const ReleaseVocabulary vocabulary;
    return vocabulary;
}

ReleaseVocabulary::ReleaseVocabulary()
{
    for (const QStringList &row : readDataTable(u":/data/release/keywords.tsv"_s, 3)) {
        if (row.at(0) == u"tone_kind") {
            for (const QString &tone : row.at(2).split(u'|', Qt::SkipEmptyParts))
                m_nounTones.insert(tone);
            continue;
        }
        const auto group = groupNames().constFind(row.at(0));
        if (group == groupNames().constEnd()) {
            qCWarning(lcIo) << "keywords.tsv: unknown group" << row.at(0);
            continue;
        }
        if (*group == Group::Format && !m_formatOrder.contains(row.at(1)))
            m_formatOrder.append(row.at(1));
        add(*group, row.at(1), row.at(2));
    }
    for (const QStringList &row : readDataTable(u":/data/release/titles.tsv"_s, 3)) {
        const int entry = int(m_codes[int(Group::Title)].size());
        m_titles.append({row.at(0), row.at(1).toInt()});
        add(Group::Title, row.at(0), row.at(2));
        Q_ASSERT(m_titles.size() == entry + 1);
    }
    for (const QStringList &row : readDataTable(u":/data/release/topics.tsv"_s, 2))
        add(Group::Topic, row.at(0), row.at(1));
}

void ReleaseVocabulary::add(Group group, const QString &code, const QString &pattern)
{
    QList<QString> &codes = m_codes[int(group)];
    const int entry = int(codes.size());
    codes.append(code);
    if (!m_matchers[int(group)].add(pattern, entry))
        qCWarning(lcIo) << "release vocabulary: unusable pattern" << pattern;
}

} // namespace entente
