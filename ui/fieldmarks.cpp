#include "fieldmarks.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QStyle>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace entente::FieldMarks {

namespace {

const char *const problemProperty = "ententeProblem";
const char *const toolTipProperty = "ententeToolTip";

QLineEdit *lineEditOf(QWidget *field)
{
    if (auto *edit = qobject_cast<QLineEdit *>(field))
        return edit;
    if (auto *combo = qobject_cast<QComboBox *>(field))
        return combo->lineEdit();
    return field->findChild<QLineEdit *>();
}

QAction *warningAction(QLineEdit *edit)
{
    return edit->findChild<QAction *>(u"fieldProblem"_s, Qt::FindDirectChildrenOnly);
}

} // namespace

void mark(QWidget *field, const QString &problem)
{
    if (!field)
        return;
    if (!field->property(problemProperty).isValid())
        field->setProperty(toolTipProperty, field->toolTip());
    field->setProperty(problemProperty, problem);
    // A tint of the error colour over the usual base: readable in light and dark palettes.
    QPalette palette = QApplication::palette(field);
    const QColor base = palette.color(QPalette::Base);
    const QColor error(0xd9, 0x30, 0x25);
    palette.setColor(QPalette::Base, QColor::fromRgbF(base.redF() * 0.82 + error.redF() * 0.18,
                                                      base.greenF() * 0.82 + error.greenF() * 0.18,
                                                      base.blueF() * 0.82 + error.blueF() * 0.18));
    field->setPalette(palette);
    field->setToolTip(problem);
    field->setAccessibleDescription(problem);
    if (QLineEdit *edit = lineEditOf(field)) {
        QAction *action = warningAction(edit);
        if (!action) {
            action = new QAction(edit);
            action->setObjectName(u"fieldProblem"_s);
            action->setIcon(field->style()->standardIcon(QStyle::SP_MessageBoxWarning));
            edit->addAction(action, QLineEdit::TrailingPosition);
        }
        action->setToolTip(problem);
        if (edit != field) { // the part of a composite field that has the focus
            edit->setPalette(palette);
            edit->setToolTip(problem);
            edit->setAccessibleDescription(problem);
        }
    }
}

void clear(QWidget *field)
{
    if (!field || !field->property(problemProperty).isValid())
        return;
    field->setProperty(problemProperty, QVariant());
    field->setPalette(QPalette());
    field->setToolTip(field->property(toolTipProperty).toString());
    field->setAccessibleDescription(QString());
    if (QLineEdit *edit = lineEditOf(field)) {
        delete warningAction(edit);
        if (edit != field) {
            edit->setPalette(QPalette());
            edit->setToolTip(QString());
            edit->setAccessibleDescription(QString());
        }
    }
}

bool isMarked(const QWidget *field)
{
    return field && field->property(problemProperty).isValid();
}

QString problem(const QWidget *field)
{
    return field ? field->property(problemProperty).toString() : QString();
}

} // namespace entente::FieldMarks
