#include "vocabularyrepository.h"

#include "domain/namefolding.h"
#include "storage/catalogue.h"
#include "storage/catalogueconnection.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"

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
    SqlQuery q(CatalogueConnection::of(m_catalogue),
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

namespace entente {

namespace {

QString vtr(const char *text)
{
    return QCoreApplication::translate("VocabularyRepository", text);
}

} // namespace

Result<QList<VocabularyRepository::Entry>> VocabularyRepository::entries(Kind kind) const
{
    SqlQuery q(CatalogueConnection::of(m_catalogue),
               u"SELECT code, label, builtin FROM vocabulary WHERE "
               "vocabulary = :kind ORDER BY code"_s);
    q.bind(u":kind"_s, kindName(kind));
    if (Status s = q.exec(vtr("Cannot read the vocabularies")); !s)
        return s.error();
    QList<Entry> list;
    while (q.next()) {
        const bool builtin = q.integer(2) != 0;
        const QString label = q.text(1);
        list.append({q.text(0),
                     builtin ? QCoreApplication::translate("Vocabulary", label.toUtf8().constData())
                             : label,
                     builtin});
    }
    return list;
}

Status VocabularyRepository::add(Kind kind, const QString &code, const QString &label)
{
    const QString what = vtr("Cannot add “%1” to the vocabulary").arg(label);
    if (label.trimmed().isEmpty())
        return Error::invalid(what % u": "_s % vtr("an entry needs a label"));
    if (code.isEmpty() || code != code.toLower())
        return Error::invalid(what % u": "_s % vtr("“%1” is not a lowercase code").arg(code));
    const QSqlDatabase db = CatalogueConnection::of(m_catalogue);
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    SqlQuery insert(db, u"INSERT INTO vocabulary (vocabulary, code, label, builtin) VALUES "
                        "(:kind, :code, :label, 0)"_s);
    insert.bind(u":kind"_s, kindName(kind))
        .bind(u":code"_s, code)
        .bind(u":label"_s, label.trimmed());
    if (Status s = insert.exec(what); !s) {
        if (s.error().kind == Error::Kind::Invalid)
            return Error::invalid(what % u": "_s %
                                  vtr("the code “%1” is already in the vocabulary").arg(code));
        return s;
    }
    return transaction->commit();
}

Result<VocabularyRepository::Entry> VocabularyRepository::storedEntry(Kind kind,
                                                                      const QString &code) const
{
    SqlQuery q(CatalogueConnection::of(m_catalogue),
               u"SELECT code, label, builtin FROM vocabulary WHERE "
               "vocabulary = :kind AND code = :code"_s);
    q.bind(u":kind"_s, kindName(kind)).bind(u":code"_s, code);
    if (Status s = q.exec(vtr("Cannot read the vocabularies")); !s)
        return s.error();
    if (!q.next())
        return Error::notFound(vtr("There is no entry “%1” in the vocabulary").arg(code));
    return Entry{q.text(0), q.text(1), q.integer(2) != 0};
}

Status VocabularyRepository::rename(Kind kind, const QString &code, const QString &label,
                                    bool builtin)
{
    const QString what = vtr("Cannot rename “%1”").arg(code);
    if (label.trimmed().isEmpty())
        return Error::invalid(what % u": "_s % vtr("an entry needs a label"));
    const QSqlDatabase db = CatalogueConnection::of(m_catalogue);
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    SqlQuery update(db, u"UPDATE vocabulary SET label = :label, builtin = :builtin WHERE "
                        "vocabulary = :kind AND code = :code RETURNING code"_s);
    update.bind(u":label"_s, label.trimmed())
        .bind(u":builtin"_s, builtin ? 1 : 0)
        .bind(u":kind"_s, kindName(kind))
        .bind(u":code"_s, code);
    if (Status s = update.exec(what); !s)
        return s;
    if (!update.next())
        return Error::notFound(what % u": "_s % vtr("there is no entry “%1”").arg(code));
    update.finish();
    return transaction->commit();
}

Status VocabularyRepository::remove(Kind kind, const QString &code)
{
    const QString what = vtr("Cannot remove “%1” from the vocabulary").arg(code);
    const QSqlDatabase db = CatalogueConnection::of(m_catalogue);
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    SqlQuery remove(db, u"DELETE FROM vocabulary WHERE vocabulary = :kind AND code = :code"_s);
    remove.bind(u":kind"_s, kindName(kind)).bind(u":code"_s, code);
    if (Status s = remove.exec(what); !s) {
        if (s.error().kind == Error::Kind::Invalid)
            return Error::invalid(what % u": "_s % vtr("meetings or documents still use it"));
        return s;
    }
    return transaction->commit();
}

QString VocabularyRepository::codeFor(const QString &label)
{
    // Codes are stable ASCII tokens for files and the CLI: Latin letters lose their accents,
    // other scripts are romanised first.
    const QString latin = NameFolding::toLatin(label).normalized(QString::NormalizationForm_KD);
    QString code;
    bool gap = false;
    for (const QChar c : latin) {
        if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')) {
            if (gap && !code.isEmpty())
                code += u'_';
            code += c.toLower();
            gap = false;
        } else if (c.category() != QChar::Mark_NonSpacing) {
            gap = true;
        }
    }
    return code;
}

} // namespace entente
