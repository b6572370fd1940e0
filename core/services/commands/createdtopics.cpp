#include "createdtopics.h"

namespace entente {

Status CreatedTopics::noteExisting(const Catalogue &catalogue)
{
    auto topics = TopicRepository(catalogue).all();
    if (!topics)
        return topics.error();
    m_existing.clear();
    for (const Topic &t : std::as_const(*topics))
        m_existing.insert(t.id);
    return {};
}

Status CreatedTopics::collectNew(const Catalogue &catalogue)
{
    auto topics = TopicRepository(catalogue).all();
    if (!topics)
        return topics.error();
    m_created.clear();
    for (const Topic &t : std::as_const(*topics)) {
        if (!m_existing.contains(t.id))
            m_created.append(t);
    }
    return {};
}

Status CreatedTopics::restore(const Catalogue &catalogue) const
{
    TopicRepository repository(catalogue);
    for (const Topic &t : m_created) {
        if (repository.get(t.id))
            continue;
        if (Status s = repository.restore(t); !s)
            return s;
    }
    return {};
}

void CreatedTopics::removeUnused(const Catalogue &catalogue) const
{
    TopicRepository repository(catalogue);
    // Children first; each removal is its own (nested) transaction, so a refusal changes nothing.
    for (auto it = m_created.crbegin(); it != m_created.crend(); ++it)
        (void)repository.remove(it->id);
}

} // namespace entente
