#pragma once

#include "problemdelegate.h"

#include <QHash>

namespace entente {

// Edits a list of countries (a document's parties) as text: names or codes separated by commas,
// completed from the meeting's parties. A name that is no country keeps the editor open, marked.
class CountryListDelegate : public ProblemDelegate
{
    Q_OBJECT

public:
    explicit CountryListDelegate(QObject *parent = nullptr);
    void setCountries(const QHash<QString, QString> &names) { m_names = names; }

    // The codes for the names typed, or nullopt with the first name that is no country.
    std::optional<QStringList> codesFor(const QString &text, QString *unknown) const;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

protected:
    bool eventFilter(QObject *object, QEvent *event) override;

private:
    QHash<QString, QString> m_names; // code -> name
};

} // namespace entente
