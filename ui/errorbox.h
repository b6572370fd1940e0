#pragma once

#include "domain/error.h"

class QWidget;

namespace entente::ErrorBox {

// A modal warning that says what went wrong in the user's words, with the technical detail (SQL,
// driver text) behind Show Details… when there is any.
void show(QWidget *parent, const QString &title, const Error &error);

} // namespace entente::ErrorBox
