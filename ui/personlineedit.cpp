#include "personlineedit.h"

#include "models/personcompletionmodel.h"
#include "models/roles.h"

#include <QAbstractItemView>
#include <QCompleter>

namespace entente {

PersonLineEdit::PersonLineEdit(QWidget *parent)
    : QLineEdit(parent)
    , m_model(new PersonCompletionModel(this))
    , m_completer(new QCompleter(m_model, this))
{
    setPlaceholderText(tr("Type a name in any script"));
    // The model already holds the matches (in every script and spelling): show them unfiltered.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCompletionRole(Qt::EditRole);
    m_completer->setMaxVisibleItems(12);
    m_completer->setWidget(this);
    connect(this, &QLineEdit::textEdited, this, &PersonLineEdit::lookUp);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            &PersonLineEdit::activate);
}

void PersonLineEdit::setCountryNames(const QHash<QString, QString> &names)
{
    m_model->setCountryNames(names);
}

void PersonLineEdit::setPerson(qint64 id, const QString &name)
{
    m_personId = id;
    setText(name);
}

void PersonLineEdit::lookUp(const QString &text)
{
    m_personId = 0;
    QList<PersonSummary> found;
    if (m_lookup && !text.trimmed().isEmpty())
        found = m_lookup(text);
    m_model->setMatches(found, m_offerToCreate ? text : QString());
    if (m_model->rowCount() > 0) {
        m_completer->complete();
        // The first person found is the likely one: Return takes it.
        m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
    }
}

void PersonLineEdit::activate(const QModelIndex &index)
{
    const qint64 id = index.data(Role::Id).toLongLong();
    if (id <= 0) {
        const QString typed = m_model->typed();
        setText(typed);
        Q_EMIT createRequested(typed);
        return;
    }
    m_personId = id;
    setText(index.data(Qt::EditRole).toString());
    Q_EMIT personChosen(id);
}

} // namespace entente
