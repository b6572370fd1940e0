#pragma once

#include <QString>

class QWidget;

namespace entente {

// Marks an input field as refused: a tinted background, a warning sign at its end (line edits)
// and the reason as its tooltip and accessible description, so sighted and screen-reader users
// both learn what is wrong. Whatever was typed stays in the field.
namespace FieldMarks {

void mark(QWidget *field, const QString &problem);
void clear(QWidget *field);
bool isMarked(const QWidget *field);
QString problem(const QWidget *field);

} // namespace FieldMarks
} // namespace entente
