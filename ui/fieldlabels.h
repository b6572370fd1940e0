#pragma once

#include <QString>

namespace entente::FieldLabels {

// A meeting field named by its stable code ("start_date", "heads_of_delegation", as in files and
// the CLI) the way the window labels it ("Start date", "Heads of delegation"), translated.
QString label(const QString &field);

} // namespace entente::FieldLabels
