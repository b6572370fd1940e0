#pragma once

#include <QString>

namespace entente {

// How the window looks: as the desktop says (its style and palette), or light or dark whatever
// the desktop, for analysts whose desktop gives Qt no dark theme. Stored in the settings.
namespace Appearance {

enum class Mode {
    Desktop,
    Light,
    Dark
};

Mode load();
void save(Mode mode);
// Applies `mode` to the running application: the Fusion style with a light or dark palette, or
// the desktop's own style and palette again.
void apply(Mode mode);

} // namespace Appearance

} // namespace entente
