#include "searchparser.h"

#include "domain/partialdate.h"
#include "query/searchfields.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace entente {

namespace {

struct Token
{
    enum class Kind {
        Open,
        Close,
        Or,
        And,
        Minus,
        Term
    };
    Kind kind;
    qsizetype position;
    SearchTerm term; // Kind::Term
};

bool isWordEnd(QChar c)
{
    return c.isSpace() || c == u'(' || c == u')' || c == u'"';
}

// Splits the text into tokens; the first malformed piece (an unclosed quote, an unknown field, an
// empty value, a bad date) stops it with an error.
class Lexer
{
public:
    explicit Lexer(const QString &text)
        : m_text(text)
    {}

    std::optional<SearchError> run(QList<Token> *tokens);

private:
    std::optional<SearchError> quoted(qsizetype start, QString *value, qsizetype *end) const;
    std::optional<SearchError> word(qsizetype start, bool afterMinus, QList<Token> *tokens);
    std::optional<SearchError> fieldTerm(const SearchFields::Info &field, qsizetype start,
                                         qsizetype valueStart, QList<Token> *tokens);

    const QString &m_text;
    qsizetype m_pos = 0;
};

std::optional<SearchError> Lexer::run(QList<Token> *tokens)
{
    const qsizetype size = m_text.size();
    while (m_pos < size) {
        const QChar c = m_text.at(m_pos);
        if (c.isSpace()) {
            ++m_pos;
        } else if (c == u'(') {
            tokens->append({Token::Kind::Open, m_pos++, {}});
        } else if (c == u')') {
            tokens->append({Token::Kind::Close, m_pos++, {}});
        } else if (c == u'-') {
            if (m_pos + 1 >= size || m_text.at(m_pos + 1).isSpace() || m_text.at(m_pos + 1) == u')')
                return SearchError{
                    SearchParser::tr("“-” must be followed by what to exclude, as in -visit"),
                    m_pos, 1};
            tokens->append({Token::Kind::Minus, m_pos++, {}});
            const bool exactPhrase =
                m_text.at(m_pos) == u'=' && m_pos + 1 < size && m_text.at(m_pos + 1) == u'"';
            if (m_text.at(m_pos) != u'(' && m_text.at(m_pos) != u'"' && !exactPhrase) {
                if (auto error = word(m_pos, true, tokens))
                    return error;
            }
        } else if (c == u'"' || (c == u'=' && m_pos + 1 < size && m_text.at(m_pos + 1) == u'"')) {
            SearchTerm term;
            term.phrase = true;
            term.exact = c == u'=';
            term.position = m_pos;
            const qsizetype quote = term.exact ? m_pos + 1 : m_pos;
            qsizetype end = 0;
            if (auto error = quoted(quote, &term.value, &end))
                return error;
            term.length = end - m_pos;
            if (term.value.trimmed().isEmpty())
                return SearchError{
                    SearchParser::tr("empty quotes: write the words to find between them"), m_pos,
                    term.length};
            tokens->append({Token::Kind::Term, m_pos, term});
            m_pos = end;
        } else if (auto error = word(m_pos, false, tokens)) {
            return error;
        }
    }
    return std::nullopt;
}

// A quoted string from the quote at `start`: "" inside stands for one quote. `end` is just past
// the closing quote.
std::optional<SearchError> Lexer::quoted(qsizetype start, QString *value, qsizetype *end) const
{
    value->clear();
    for (qsizetype i = start + 1; i < m_text.size(); ++i) {
        if (m_text.at(i) != u'"') {
            value->append(m_text.at(i));
            continue;
        }
        if (i + 1 < m_text.size() && m_text.at(i + 1) == u'"') {
            value->append(u'"');
            ++i;
            continue;
        }
        *end = i + 1;
        return std::nullopt;
    }
    return SearchError{SearchParser::tr("unclosed quote: add the closing \""), start,
                       m_text.size() - start};
}

std::optional<SearchError> Lexer::word(qsizetype start, bool afterMinus, QList<Token> *tokens)
{
    qsizetype end = start;
    while (end < m_text.size() && !isWordEnd(m_text.at(end)))
        ++end;
    const QString text = m_text.mid(start, end - start);

    // field:value, the field name being letters only (so "10:30" stays a word).
    const qsizetype colon = text.indexOf(u':');
    if (colon > 0) {
        const QStringView name = QStringView(text).left(colon);
        const bool letters =
            std::all_of(name.begin(), name.end(), [](QChar ch) { return ch.isLetter(); });
        if (letters) {
            const auto field = SearchFields::find(name);
            if (!field)
                return SearchError{
                    SearchParser::tr("unknown field “%1”: see the list of fields in the help")
                        .arg(name.toString()),
                    start, colon};
            m_pos = end;
            return fieldTerm(*field, start, start + colon + 1, tokens);
        }
    }
    m_pos = end;
    if (!afterMinus && (text == u"OR" || text == u"AND")) {
        tokens->append({text == u"OR" ? Token::Kind::Or : Token::Kind::And, start, {}});
        return std::nullopt;
    }
    SearchTerm term;
    term.value = text;
    // =word: this spelling only. A lone "=" is an ordinary word (it holds nothing searchable).
    if (text.size() > 1 && text.startsWith(u'=')) {
        term.exact = true;
        term.value = text.mid(1);
    }
    term.position = start;
    term.length = end - start;
    if (term.value.endsWith(u'*')) {
        term.prefix = true;
        while (term.value.endsWith(u'*'))
            term.value.chop(1);
    }
    tokens->append({Token::Kind::Term, start, term});
    return std::nullopt;
}

// "2009", "2009-11" or "2009-11-25" at `position`, checked to be a real date.
std::optional<SearchError> readDate(QStringView text, qsizetype position, PartialDate *date)
{
    static const QRegularExpression shape(u"^\\d{4}(-\\d{2}(-\\d{2})?)?$"_s);
    if (!shape.match(text.toString()).hasMatch())
        return SearchError{SearchParser::tr("“%1” is not a date: write 2009, 2009-11 or 2009-11-25")
                               .arg(text.toString()),
                           position, std::max<qsizetype>(text.size(), 1)};
    // PartialDate says why, naming the date: "2009-02-30 is not a date: February 2009 has 28 days".
    QString problem;
    const auto parsed = PartialDate::parseIso(text, &problem);
    if (!parsed || !parsed->isValid())
        return SearchError{problem.isEmpty()
                               ? SearchParser::tr("“%1” is not a date").arg(text.toString())
                               : problem,
                           position, text.size()};
    *date = *parsed;
    return std::nullopt;
}

SearchTerm withPeriod(SearchTerm term, QDate from, QDate to)
{
    term.from = from;
    term.to = to;
    return term;
}

std::optional<SearchError> readPeriod(SearchFields::ValueKind kind, const QString &value,
                                      qsizetype position, SearchTerm *term)
{
    using ValueKind = SearchFields::ValueKind;
    const qsizetype dots = value.indexOf(u".."_s);
    if (kind != ValueKind::Period || dots < 0) {
        if (dots >= 0)
            return SearchError{SearchParser::tr("after: and before: take one date, not a range"),
                               position, value.size()};
        PartialDate date;
        if (auto error = readDate(value, position, &date))
            return error;
        if (kind == ValueKind::After)
            term->from = date.lastDay().addDays(1);
        else if (kind == ValueKind::Before)
            term->to = date.firstDay().addDays(-1);
        else
            *term = withPeriod(*term, date.firstDay(), date.lastDay());
        return std::nullopt;
    }
    const QStringView first = QStringView(value).left(dots);
    const QStringView last = QStringView(value).mid(dots + 2);
    if (first.isEmpty() && last.isEmpty())
        return SearchError{SearchParser::tr("a range needs a date on at least one side of “..”"),
                           position, value.size()};
    PartialDate from;
    PartialDate to;
    if (!first.isEmpty()) {
        if (auto error = readDate(first, position, &from))
            return error;
        term->from = from.firstDay();
    }
    if (!last.isEmpty()) {
        if (auto error = readDate(last, position + dots + 2, &to))
            return error;
        term->to = to.lastDay();
    }
    if (term->from.isValid() && term->to.isValid() && term->to < term->from)
        return SearchError{SearchParser::tr("the period ends before it starts"), position,
                           value.size()};
    return std::nullopt;
}

std::optional<SearchError> Lexer::fieldTerm(const SearchFields::Info &field, qsizetype start,
                                            qsizetype valueStart, QList<Token> *tokens)
{
    SearchTerm term;
    term.field = field.field;
    term.position = start;
    qsizetype valuePosition = valueStart;
    if (valueStart == m_pos && m_pos < m_text.size() && m_text.at(m_pos) == u'"') {
        qsizetype end = 0;
        if (auto error = quoted(m_pos, &term.value, &end))
            return error;
        term.phrase = true;
        valuePosition = m_pos + 1;
        m_pos = end;
    } else {
        term.value = m_text.mid(valueStart, m_pos - valueStart);
    }
    term.length = m_pos - start;
    term.value = term.value.trimmed();
    if (term.value.isEmpty())
        return SearchError{
            SearchParser::tr("%1: needs a value after the colon (in quotes if it has spaces)")
                .arg(field.name),
            start, term.length};
    if (field.valueKind != SearchFields::ValueKind::Text) {
        if (auto error = readPeriod(field.valueKind, term.value, valuePosition, &term))
            return error;
    }
    tokens->append({Token::Kind::Term, start, term});
    return std::nullopt;
}

// Recursive descent over the tokens: or := and (OR and)*; and := unary (AND? unary)*;
// unary := - unary | ( or ) | term.
class Parser
{
public:
    explicit Parser(const QList<Token> &tokens, qsizetype textSize)
        : m_tokens(tokens)
        , m_textSize(textSize)
    {}

    std::optional<SearchError> parse(SearchNode *root);

private:
    bool atEnd() const { return m_next >= m_tokens.size(); }
    bool at(Token::Kind kind) const { return !atEnd() && m_tokens.at(m_next).kind == kind; }
    qsizetype position() const { return atEnd() ? m_textSize : m_tokens.at(m_next).position; }
    std::optional<SearchError> parseOr(SearchNode *node);
    std::optional<SearchError> parseAnd(SearchNode *node);
    std::optional<SearchError> parseUnary(SearchNode *node);
    // One level deeper for a parenthesis or an exclusion at `position`; an error past the limit.
    std::optional<SearchError> enter(qsizetype position);
    // Adds `child` unless an equal one is there already: `a a` and `a OR a` search `a` once.
    static void addDistinct(SearchNode *group, SearchNode child);

    const QList<Token> &m_tokens;
    qsizetype m_textSize;
    qsizetype m_next = 0;
    int m_depth = 0;
    QSet<QString> m_distinctTerms;
};

std::optional<SearchError> Parser::enter(qsizetype position)
{
    if (++m_depth <= SearchParser::maxDepth)
        return std::nullopt;
    return SearchError{SearchParser::tr("parentheses and exclusions are nested more than %1 "
                                        "deep: the limit is %1")
                           .arg(SearchParser::maxDepth),
                       position, 1};
}

void Parser::addDistinct(SearchNode *group, SearchNode child)
{
    const QString key = describeSearchNode(child);
    for (const SearchNode &existing : group->children) {
        if (describeSearchNode(existing) == key)
            return;
    }
    group->children.push_back(std::move(child));
}

std::optional<SearchError> Parser::parse(SearchNode *root)
{
    if (m_tokens.isEmpty()) {
        *root = SearchNode{};
        return std::nullopt;
    }
    if (auto error = parseOr(root))
        return error;
    if (at(Token::Kind::Close))
        return SearchError{SearchParser::tr("“)” closes no parenthesis"), position(), 1};
    return std::nullopt;
}

std::optional<SearchError> Parser::parseOr(SearchNode *node)
{
    if (at(Token::Kind::Or))
        return SearchError{SearchParser::tr("OR needs a term before it"), position(), 2};
    SearchNode first;
    if (auto error = parseAnd(&first))
        return error;
    if (!at(Token::Kind::Or)) {
        *node = std::move(first);
        return std::nullopt;
    }
    SearchNode alternatives{SearchNode::Kind::Or, {}, {}};
    alternatives.children.push_back(std::move(first));
    while (at(Token::Kind::Or)) {
        const qsizetype orPosition = position();
        ++m_next;
        if (atEnd() || at(Token::Kind::Or) || at(Token::Kind::Close) || at(Token::Kind::And))
            return SearchError{SearchParser::tr("OR needs a term after it"), orPosition, 2};
        SearchNode next;
        if (auto error = parseAnd(&next))
            return error;
        addDistinct(&alternatives, std::move(next));
    }
    if (alternatives.children.size() == 1)
        *node = std::move(alternatives.children.front());
    else
        *node = std::move(alternatives);
    return std::nullopt;
}

std::optional<SearchError> Parser::parseAnd(SearchNode *node)
{
    SearchNode all{SearchNode::Kind::And, {}, {}};
    while (!atEnd() && !at(Token::Kind::Or) && !at(Token::Kind::Close)) {
        if (at(Token::Kind::And)) {
            const qsizetype andPosition = position();
            if (all.children.empty())
                return SearchError{SearchParser::tr("AND needs a term before it"), andPosition, 3};
            ++m_next;
            if (atEnd() || at(Token::Kind::Or) || at(Token::Kind::Close) || at(Token::Kind::And))
                return SearchError{SearchParser::tr("AND needs a term after it"), andPosition, 3};
            continue;
        }
        SearchNode item;
        if (auto error = parseUnary(&item))
            return error;
        addDistinct(&all, std::move(item));
    }
    // Callers never start a group at its end; this keeps an empty AND from ever meaning "all".
    if (all.children.empty())
        return SearchError{at(Token::Kind::Close) ? SearchParser::tr("“)” closes no parenthesis")
                                                  : SearchParser::tr("a term is missing here"),
                           position(), 1};
    if (all.children.size() == 1)
        *node = std::move(all.children.front());
    else
        *node = std::move(all);
    return std::nullopt;
}

std::optional<SearchError> Parser::parseUnary(SearchNode *node)
{
    const Token &token = m_tokens.at(m_next);
    switch (token.kind) {
    case Token::Kind::Minus: {
        if (auto error = enter(token.position))
            return error;
        ++m_next;
        if (atEnd() || at(Token::Kind::Close) || at(Token::Kind::Or) || at(Token::Kind::And))
            return SearchError{
                SearchParser::tr("“-” must be followed by what to exclude, as in -visit"),
                token.position, 1};
        SearchNode operand;
        if (auto error = parseUnary(&operand))
            return error;
        *node = SearchNode{SearchNode::Kind::Not, {}, {}};
        node->children.push_back(std::move(operand));
        --m_depth;
        return std::nullopt;
    }
    case Token::Kind::Open: {
        if (auto error = enter(token.position))
            return error;
        ++m_next;
        if (atEnd())
            return SearchError{SearchParser::tr("unclosed parenthesis: add the closing )"),
                               token.position, 1};
        if (at(Token::Kind::Close))
            return SearchError{SearchParser::tr("empty parentheses: put terms between them"),
                               token.position, 2};
        if (auto error = parseOr(node))
            return error;
        if (!at(Token::Kind::Close))
            return SearchError{SearchParser::tr("unclosed parenthesis: add the closing )"),
                               token.position, 1};
        ++m_next;
        --m_depth;
        return std::nullopt;
    }
    case Token::Kind::Term:
        ++m_next;
        *node = SearchNode{SearchNode::Kind::Term, token.term, {}};
        m_distinctTerms.insert(describeSearchNode(*node));
        if (m_distinctTerms.size() > SearchParser::maxDistinctTerms)
            return SearchError{SearchParser::tr("more than %1 different terms: the limit is %1")
                                   .arg(SearchParser::maxDistinctTerms),
                               token.position, token.term.length};
        return std::nullopt;
    default:
        break;
    }
    // Or, And and Close never reach here: parseAnd stops before them.
    return SearchError{SearchParser::tr("a term is missing here"), token.position, 1};
}

} // namespace

ParsedSearch SearchParser::parse(const QString &text)
{
    if (text.size() > maxLength)
        return SearchError{
            tr("the query is %1 characters long: the limit is %2").arg(text.size()).arg(maxLength),
            maxLength, text.size() - maxLength};
    QList<Token> tokens;
    if (auto error = Lexer(text).run(&tokens))
        return *error;
    SearchQuery query;
    query.text = text;
    if (auto error = Parser(tokens, text.size()).parse(&query.root))
        return *error;
    return query;
}

} // namespace entente
