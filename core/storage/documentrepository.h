#pragma once

#include "domain/codes.h"
#include "domain/error.h"
#include "domain/partialdate.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace entente {

class Catalogue;

// One outcome document as the documents view lists it, with the meeting it came from.
struct DocumentRow
{
    qint64 id = 0;
    QString title;
    QString kind;
    QString action;
    PartialDate date;
    PartialDate periodStart;
    PartialDate periodEnd;
    qint64 meetingId = 0;
    QString meetingTitle;
};

// A row of document_links: `from` <relation> `to`.
struct StoredLink
{
    qint64 from = 0;
    qint64 to = 0;
    DocumentRelation relation = DocumentRelation::Develops;
    friend bool operator==(const StoredLink &, const StoredLink &) = default;
};

// The documents of the whole catalogue, across meetings: the documents view, link targets, and
// the links that must come back when undo restores a document.
class DocumentRepository
{
    Q_DECLARE_TR_FUNCTIONS(DocumentRepository)

public:
    explicit DocumentRepository(const Catalogue &catalogue)
        : m_catalogue(catalogue)
    {}

    // Up to `limit` documents with ids above `afterId`, in id order: keyset pages for a view.
    Result<QList<DocumentRow>> page(qint64 afterId, int limit) const;
    Result<std::optional<DocumentRow>> get(qint64 id) const;
    // Documents whose title contains every word of `text`, in any script's case.
    Result<QList<DocumentRow>> findByTitle(const QString &text, int limit = 20) const;
    // Every document linked to this one, directly or through others, in either direction, with
    // the links among them: a programme, the plans that develop it, the programme renewing it.
    Result<QList<DocumentRow>> chain(qint64 id, QList<StoredLink> *links) const;
    // Links into `ids` from documents outside `ids`: what deleting those documents would cut.
    Result<QList<StoredLink>> linksInto(const QList<qint64> &ids) const;
    // Puts links back; a link whose documents are gone or that exists already is skipped.
    Status addLinks(const QList<StoredLink> &links);

private:
    const Catalogue &m_catalogue;
};

} // namespace entente
