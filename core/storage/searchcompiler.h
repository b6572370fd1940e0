#pragma once

#include "domain/error.h"
#include "query/searchquery.h"
#include "storage/sqlfilter.h"
#include "storage/vocabularyrepository.h"

#include <optional>

namespace entente {

class Catalogue;

// Compiles the tree of one query for SearchSql: each term to SQL over meetings `m`, every value
// bound (:p0, :p1 …, or :d0 … for a person driver's other terms), and what it learns on the way
// (why a term matches nothing). At the top of the tree it also picks the term the whole result is
// best read from (ResultSource) and, for a full-text term matching a large share of the
// catalogue, the form of it the meetings table walks (docs/search.md, "How it runs").
class SearchCompiler
{
public:
    explicit SearchCompiler(const Catalogue &catalogue, QChar prefix = u'p')
        : m_catalogue(catalogue)
        , m_prefix(prefix)
    {}

    // The whole query: fills where, whole, values, notes and source of the filter.
    Status compile(const SearchNode &root);
    SqlFilter take() { return std::move(m_filter); }

private:
    // One term of the top AND, compiled.
    struct Conjunct
    {
        QString sql;  // as a set, over m
        QString walk; // the form the table walks, when it differs
        std::optional<ResultSource> source;
        int rank = 0; // preference as the source: lowest first
        bool period = false;
    };

    // SQLite's parser takes some 25 levels of nested parentheses in all, and the statements the
    // filter goes into use a few: every `outOfLineDepth` levels of the query, a group is kept
    // out of line as a named set (SqlFilter::tables) that the level above refers to by name.
    static constexpr int outOfLineDepth = 8;

    Result<QString> node(const SearchNode &node);
    Result<QString> inLine(const SearchNode &node);
    Result<QString> outOfLine(const SearchNode &node);
    Result<QString> andNode(const SearchNode &node);
    Result<Conjunct> conjunct(const SearchNode &node);
    Result<Conjunct> fullTextConjunct(const QString &match);
    QString bind(const QVariant &value);
    QString bindAll(const QList<QVariant> &values);
    Result<QString> term(const SearchTerm &term);
    Result<QString> people(const SearchTerm &term, bool headsOnly);
    enum class PartyScope {
        Country,
        Host,
        AnyParty
    };
    Result<QString> party(const SearchTerm &term, PartyScope scope);
    Result<QString> period(const SearchTerm &term);
    Result<QString> topic(const SearchTerm &term);
    Result<QString> vocabulary(const SearchTerm &term, VocabularyRepository::Kind kind);
    QString status(const SearchTerm &term);
    Result<QString> post(const SearchTerm &term);
    QString nothing(const QString &why);
    // `m.id IN (SELECT column FROM rest)`, remembering the same ids as the term's ResultSource.
    QString idSet(const QString &column, const QString &rest, int rank, bool distinct,
                  const QString &topLevelOnly = {});
    QString fullText(const QString &match);
    Result<double> longestSpan();

    const Catalogue &m_catalogue;
    QChar m_prefix;
    SqlFilter m_filter;
    std::optional<double> m_longestSpan;
    // Set by the last term compiled that lists its meetings through an index.
    std::optional<ResultSource> m_termSource;
    int m_termRank = 0;
    int m_depth = 0; // groups open around the node being compiled, since the last named set
};

} // namespace entente
