// ui: colours, spacing and fonts of Fiche; sizes in font units, never in pixels.
#pragma once

#include <string_view>

#include "imgui.h"

namespace fiche::ui {

// Applies Fiche's light or dark theme to `style` (sizes and colours).
void applyTheme(ImGuiStyle& style, bool dark = false);

// A length of `units` times the current font size: the only way views size things.
inline float em(float units) {
  return units * ImGui::GetFontSize();
}

struct StatusColours {
  ImU32 fill;
  ImU32 text;
};
// Chip colours per OBAPI status: recognisable to Dolibarr users (grey draft, amber
// validated), with done and billed clearly apart. Unknown statuses get a neutral chip.
StatusColours statusColours(std::string_view status);

// Text colour of error messages, for the current theme.
ImU32 errorColour();
// Text colour of warnings (data not up to date), for the current theme.
ImU32 warningColour();

}  // namespace fiche::ui
