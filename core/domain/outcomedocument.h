#pragma once

#include "domain/codes.h"
#include "domain/partialdate.h"
#include "domain/validation.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace entente {

// "This document <relation> that one": the 2010 Plan of Consultations develops the 2010–2011
// Programme. The target is named by id; its title is filled in when read, for display.
struct DocumentLink
{
    DocumentRelation relation = DocumentRelation::Develops;
    qint64 targetId = 0;
    QString targetTitle;
    friend bool operator==(const DocumentLink &, const DocumentLink &) = default;
};

struct OutcomeDocument
{
    Q_DECLARE_TR_FUNCTIONS(OutcomeDocument)

public:
    qint64 id = 0;
    QString title;
    QString kind;   // vocabulary code: "programme", "plan", "agreement", …
    QString action; // vocabulary code: "adopted", "signed", …
    PartialDate date;
    PartialDate periodStart; // period covered: 2010–2011
    PartialDate periodEnd;
    QStringList parties; // ISO alpha-3
    QList<DocumentLink> links;

    FieldProblems validate() const;
    friend bool operator==(const OutcomeDocument &, const OutcomeDocument &) = default;
};

} // namespace entente
