#include "searchbar.h"

#include "query/searchfields.h"
#include "query/searchparser.h"
#include "searchcheatsheet.h"
#include "storage/searchsuggestions.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStringListModel>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

#include <limits>

using namespace Qt::StringLiterals;

namespace entente {

namespace {

// A list short enough to offer whole as soon as the colon is typed.
constexpr qsizetype shortList = 40;

} // namespace

SearchBar::SearchBar(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_cheatSheet(new SearchCheatSheet(this))
    , m_status(new QLabel(this))
    , m_error(new QLabel(this))
    , m_debounce(new QTimer(this))
    , m_completer(new QCompleter(this))
    , m_completions(new QStringListModel(this))
{
    m_edit->setObjectName(u"searchEdit"_s);
    m_edit->setAccessibleName(tr("Search meetings"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setPlaceholderText(
        tr("Search: words, minister:Lavrov, country:Belarus, date:2009-11 … (Ctrl+F)"));
    m_edit->setToolTip(SearchFields::syntaxHelp());
    QAction *sheet = m_edit->addAction(
        QIcon::fromTheme(u"help-contents"_s, style()->standardIcon(QStyle::SP_MessageBoxQuestion)),
        QLineEdit::TrailingPosition);
    sheet->setObjectName(u"showCheatSheet"_s);
    sheet->setText(tr("Fields and operators"));
    sheet->setToolTip(tr("Fields and operators of the search (F1 for the handbook)"));
    connect(sheet, &QAction::triggered, this, &SearchBar::showCheatSheet);
    connect(m_cheatSheet, &SearchCheatSheet::termChosen, this, &SearchBar::insertTerm);
    m_status->setObjectName(u"searchStatus"_s);
    m_status->setMinimumWidth(fontMetrics().horizontalAdvance(u"0000000 meetings"_s));
    m_status->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_error->setObjectName(u"searchError"_s);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    QPalette palette = m_error->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    m_error->setPalette(palette);
    m_error->hide();

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_edit, 1);
    row->addWidget(m_status);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->setSpacing(2);
    layout->addLayout(row);
    layout->addWidget(m_error);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(debounceMs);
    connect(m_debounce, &QTimer::timeout, this, &SearchBar::runNow);
    connect(m_edit, &QLineEdit::textEdited, this, &SearchBar::onTextEdited);
    // The clear button and Return do not wait.
    connect(m_edit, &QLineEdit::returnPressed, this, &SearchBar::runNow);
    connect(m_edit, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty() && !m_debounce->isActive())
            runNow();
    });

    m_completer->setModel(m_completions);
    m_completer->setWidget(m_edit);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setMaxVisibleItems(12);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            &SearchBar::insertCompletion);

    QStringList fields;
    for (const SearchFields::Info &field : SearchFields::all())
        fields.append(field.name + u':');
    m_values.insert(QString(), fields);
    m_values.insert(u"status"_s, {u"planned"_s, u"held"_s, u"postponed"_s, u"cancelled"_s});
}

void SearchBar::showCheatSheet()
{
    m_cheatSheet->popUpBelow(m_edit);
}

void SearchBar::insertTerm(const QString &term)
{
    QString text = m_edit->text();
    qsizetype at = m_edit->cursorPosition();
    const bool spaceBefore = at > 0 && !text.at(at - 1).isSpace() && text.at(at - 1) != u'(';
    const bool spaceAfter = at < text.size() && !text.at(at).isSpace();
    const QString piece =
        (spaceBefore ? u" "_s : QString()) + term + (spaceAfter ? u" "_s : QString());
    text.insert(at, piece);
    m_edit->setText(text);
    // After "field:" the cursor waits for the value, which the bar then offers.
    m_edit->setCursorPosition(int(at + (spaceBefore ? 1 : 0) + term.size()));
    m_edit->setFocus();
    if (term.endsWith(u':') || term == u"-" || term == u"OR")
        updateCompletion();
    else
        m_debounce->start();
}

QString SearchBar::text() const
{
    return m_edit->text();
}

void SearchBar::setText(const QString &text)
{
    m_edit->setText(text);
    runNow();
}

void SearchBar::setSuggestions(const SearchSuggestions &suggestions)
{
    for (const QString &field : {u"minister"_s, u"person"_s, u"head"_s})
        m_values.insert(field, suggestions.people);
    for (const QString &field : {u"country"_s, u"host"_s})
        m_values.insert(field, suggestions.countries);
    m_values.insert(u"party"_s, suggestions.organisations + suggestions.countries);
    m_values.insert(u"topic"_s, suggestions.topics);
    m_values.insert(u"format"_s, suggestions.formats);
    m_values.insert(u"kind"_s, suggestions.documentKinds);
    m_values.insert(u"action"_s, suggestions.documentActions);
    m_values.insert(u"post"_s, suggestions.posts);
    m_values.insert(u"place"_s, suggestions.places);
    for (const QString &field : {u"date"_s, u"after"_s, u"before"_s})
        m_values.insert(field, suggestions.years);
}

void SearchBar::onTextEdited()
{
    m_debounce->start();
    updateCompletion();
}

void SearchBar::runNow()
{
    m_debounce->stop();
    const QString text = m_edit->text();
    const ParsedSearch parsed = SearchParser::parse(text);
    if (!parsed) {
        // Nothing runs: the table keeps the last good result until the query reads again.
        showError(parsed.error().describe());
        return;
    }
    m_syntaxError = false;
    m_error->hide();
    m_error->clear();
    if (m_requestedOnce && text == m_lastRequested)
        return;
    m_requestedOnce = true;
    m_lastRequested = text;
    Q_EMIT searchRequested(text);
}

void SearchBar::setBusy(bool busy)
{
    if (busy)
        m_status->setText(tr("Searching…"));
}

void SearchBar::showCount(qint64 count)
{
    m_status->setText(tr("%n meeting(s)", nullptr,
                         int(std::min<qint64>(count, std::numeric_limits<int>::max()))));
}

void SearchBar::showResult(qint64 count, const QStringList &notes)
{
    showCount(count);
    // A result arriving while the text being typed does not read keeps that message up.
    if (m_syntaxError)
        return;
    m_error->setText(notes.join(u"; "_s));
    m_error->setVisible(!notes.isEmpty());
}

void SearchBar::showError(const QString &message)
{
    m_syntaxError = true;
    m_status->clear();
    m_error->setText(message);
    m_error->show();
}

QString SearchBar::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void SearchBar::focusSearch()
{
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

qsizetype SearchBar::tokenStart() const
{
    const QString text = m_edit->text();
    const qsizetype cursor = m_edit->cursorPosition();
    qsizetype start = 0;
    bool quoted = false;
    for (qsizetype i = 0; i < cursor && i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && (c.isSpace() || c == u'(' || c == u')'))
            start = i + 1;
    }
    return start;
}

void SearchBar::updateCompletion()
{
    const qsizetype start = tokenStart();
    QString token = m_edit->text().mid(start, m_edit->cursorPosition() - start);
    if (token.startsWith(u'-'))
        token.remove(0, 1);
    const qsizetype colon = token.indexOf(u':');
    QString field;
    QString prefix = token;
    if (colon > 0) {
        field = token.left(colon).toLower();
        prefix = token.mid(colon + 1);
        if (prefix.startsWith(u'"'))
            prefix.remove(0, 1);
    }
    const QStringList values = m_values.value(field);
    const bool offer =
        colon > 0 ? (!prefix.isEmpty() || values.size() <= shortList) : !prefix.isEmpty();
    if (!offer || values.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    // Names are found by any part ("Lav" offers "Sergey Lavrov"); field names by their start.
    m_completer->setFilterMode(colon > 0 ? Qt::MatchContains : Qt::MatchStartsWith);
    if (m_completions->stringList() != values)
        m_completions->setStringList(values);
    m_completer->setCompletionPrefix(prefix);
    if (m_completer->completionCount() == 0 ||
        (m_completer->completionCount() == 1 &&
         m_completer->currentCompletion().compare(prefix, Qt::CaseInsensitive) == 0)) {
        m_completer->popup()->hide();
        return;
    }
    QRect rect = m_edit->rect();
    rect.setWidth(std::max(rect.width() / 2, 320));
    m_completer->complete(rect);
}

void SearchBar::insertCompletion(const QString &completion)
{
    const QString text = m_edit->text();
    const qsizetype start = tokenStart();
    const qsizetype end = m_edit->cursorPosition();
    const QString token = text.mid(start, end - start);
    const QString minus = token.startsWith(u'-') ? u"-"_s : QString();
    const qsizetype colon = token.indexOf(u':');
    QString replacement;
    if (colon > 0)
        replacement = token.left(colon + 1) + SearchFields::quote(completion) + u' ';
    else
        replacement = minus + completion; // "minister:", ready for the value
    m_edit->setText(text.left(start) + replacement + text.mid(end));
    m_edit->setCursorPosition(int(start + replacement.size()));
    onTextEdited();
}

} // namespace entente
