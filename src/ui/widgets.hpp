// ui: small drawing helpers shared by the views.
#pragma once

#include <string_view>

namespace fiche::ui {

// Draws text exactly as given: server text is never a format string.
void textRaw(std::string_view text);
// Same, wrapped at the window's edge.
void textWrappedRaw(std::string_view text);
// A coloured chip with the status text inside: colour is never the only cue.
void statusChip(std::string_view status);

}  // namespace fiche::ui
