#pragma once

#include "query/searcherror.h"

#include <QWidget>

class QCompleter;
class QLabel;
class QLineEdit;
class QStringListModel;
class QTimer;

namespace entente {

class SearchCheatSheet;
struct SearchSuggestions;

// The one-line search above the meetings table. Reads the query as the user types (debounced),
// shows a malformed query's message with its position and runs nothing; otherwise asks for the
// search. Completes field names, and after "field:" the names the catalogue knows. The syntax is
// in the tooltip.
class SearchBar : public QWidget
{
    Q_OBJECT

public:
    static constexpr int debounceMs = 250;

    explicit SearchBar(QWidget *parent = nullptr);

    QString text() const;
    QLineEdit *lineEdit() const { return m_edit; }
    // Replaces the query and searches at once (a facet clicked, a saved search run).
    void setText(const QString &text);
    void setSuggestions(const SearchSuggestions &suggestions);

    void setBusy(bool busy);
    // The result of the search for the current text: its size, and why terms found nothing.
    void showResult(qint64 count, const QStringList &notes);
    // The number of meetings the table shows, after an edit changed it.
    void showCount(qint64 count);
    // A malformed query: the message with its position, until the text reads again.
    void showError(const QString &message);
    // The error shown, or empty.
    QString errorText() const;

    // Ctrl+F: focus the field with its text selected.
    void focusSearch();
    // Inserts `term` at the cursor, spaced from its neighbours, and searches.
    void insertTerm(const QString &term);
    // The query-language cheat sheet, under the bar (its ? button).
    void showCheatSheet();
    SearchCheatSheet *cheatSheet() const { return m_cheatSheet; }

Q_SIGNALS:
    // A well-formed query to run (empty: every meeting).
    void searchRequested(const QString &text);

private:
    void onTextEdited();
    void runNow();
    void updateCompletion();
    void insertCompletion(const QString &completion);
    // Where the word under the cursor starts (quotes keep spaces inside one word).
    qsizetype tokenStart() const;

    QLineEdit *m_edit;
    SearchCheatSheet *m_cheatSheet;
    QLabel *m_status;
    QLabel *m_error;
    QTimer *m_debounce;
    QCompleter *m_completer;
    QStringListModel *m_completions;
    QHash<QString, QStringList> m_values; // field name -> values to complete
    QString m_lastRequested;
    bool m_requestedOnce = false;
    bool m_syntaxError = false;
};

} // namespace entente
