#pragma once

#include "models/delegationsmodel.h"
#include "personlineedit.h"
#include "problemdelegate.h"

namespace entente {

// Edits the person of a delegation member with a PersonLineEdit. Picking someone stores a
// PersonChoice (with the post they held on the meeting's day, from choiceFor); text that names
// nobody is kept as typed and marked; "New person …" asks the owner to create one.
class PersonDelegate : public ProblemDelegate
{
    Q_OBJECT

public:
    using ChoiceFor = std::function<PersonChoice(qint64 personId)>;

    explicit PersonDelegate(QObject *parent = nullptr);
    void setLookup(PersonLineEdit::Lookup lookup) { m_lookup = std::move(lookup); }
    void setChoiceFor(ChoiceFor choiceFor) { m_choiceFor = std::move(choiceFor); }
    void setCountryNames(const QHash<QString, QString> &names) { m_names = names; }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

Q_SIGNALS:
    void createRequested(const QModelIndex &member, const QString &name);

private:
    PersonLineEdit::Lookup m_lookup;
    ChoiceFor m_choiceFor;
    QHash<QString, QString> m_names;
};

} // namespace entente
