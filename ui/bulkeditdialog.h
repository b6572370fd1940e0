#pragma once

#include "commands/bulkeditmeetingscommand.h"
#include "labels/displaylabels.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace entente {

class Catalogue;

// Changes what the selected meetings share, in one step: their status, their format, a topic to
// add or to remove. What is left at "(unchanged)" stays as each meeting has it.
class BulkEditDialog : public QDialog
{
    Q_OBJECT

public:
    BulkEditDialog(const DisplayLabels &labels, const Catalogue &catalogue, int count,
                   QWidget *parent = nullptr);
    BulkChange change() const;
    // "set status to Held and add topic “Arctic”", for the undo text.
    QString changeLabel() const;

private:
    QComboBox *m_status;
    QComboBox *m_format;
    QLineEdit *m_addTopic;
    QLineEdit *m_removeTopic;
};

} // namespace entente
