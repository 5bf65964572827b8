// ui: the header's theme button: follow the system, light, dark.
#pragma once

namespace fiche::ui {

// Draws the theme button at the right end of the current line (the next one if it is
// full) and applies a click to the
// current context's Appearance (ui/appearance.hpp). Draws nothing without one.
void drawThemeToggle();

}  // namespace fiche::ui
