#include "vocabularyrepository.h"

#include "storage/catalogue.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace entente {

namespace {
QString kindName(VocabularyRepository::Kind kind)
{
    switch (kind) {
    case VocabularyRepository::Kind::Format:
        return u"format"_s;
    case VocabularyRepository::Kind::DocumentKind:
        return u"document_kind"_s;
    case VocabularyRepository::Kind::DocumentAction:
        return u"document_action"_s;
    }
    return {};
}
} // namespace

Result<QHash<QString, QString>> VocabularyRepository::labels(Kind kind) const
{
    SqlQuery q(m_catalogue.database(),
               u"SELECT code, label, builtin FROM vocabulary WHERE vocabulary = :kind"_s);
    q.bind(u":kind"_s, kindName(kind));
    if (Status s = q.exec(
            QCoreApplication::translate("VocabularyRepository", "Cannot read the vocabularies"));
        !s)
        return s.error();
    QHash<QString, QString> labels;
    while (q.next()) {
        const QString label = q.text(1);
        // Built-in labels are English source texts in the "Vocabulary" translation context.
        labels.insert(q.text(0), q.integer(2) ? QCoreApplication::translate(
                                                    "Vocabulary", label.toUtf8().constData())
                                              : label);
    }
    return labels;
}

} // namespace entente
