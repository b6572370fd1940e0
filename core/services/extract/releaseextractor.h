#pragma once

#include "domain/error.h"
#include "extract/meetingdraft.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace entente {

class ReleaseCatalogue;

// Turns the plain text of a foreign ministry's press release or news item, in English or
// Russian, into a draft meeting for the analyst to review: every field it fills comes with the
// sentence it was read from and a confidence, and what the text does not say stays empty. The
// rules are described in docs/press-releases.md. Thread-safe: the word lists are built once and
// only read.
class ReleaseExtractor
{
    Q_DECLARE_TR_FUNCTIONS(ReleaseExtractor)

public:
    explicit ReleaseExtractor(const ReleaseCatalogue &catalogue)
        : m_catalogue(catalogue)
    {}

    // `published`, when valid, is the publication date the user gives: it wins over any date on
    // the page. Only a failing catalogue look-up is an error; a text with no meeting in it gives
    // a draft whose meetingLike is false.
    Result<MeetingDraft> extract(const QString &text, QDate published = {}) const;

private:
    const ReleaseCatalogue &m_catalogue;
};

} // namespace entente
