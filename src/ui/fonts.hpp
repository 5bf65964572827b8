// ui: builds the font atlas from the UI font's bytes at the screen's pixel density.
#pragma once

#include <span>

#include "imgui.h"

namespace fiche::ui {

// Size of body text in CSS pixels; every other size derives from it (em()).
inline constexpr float kFontSize = 16.0f;

// Clears `atlas` and adds the UI font (TrueType or OpenType bytes) rasterised for `density` device
// pixels per CSS pixel, so text stays crisp on HiDPI screens, with the icon font (ui/icons.hpp)
// merged into it. Both spans must outlive the atlas (not copied). An empty or unusable `ttf`
// falls back to ImGui's built-in font and returns false; unusable `icons` are left out (icons
// then draw as '?').
bool buildFontAtlas(ImFontAtlas& atlas, std::span<const unsigned char> ttf,
                    std::span<const unsigned char> icons, float density);

// The code points the UI font is rasterised for (0-terminated ImGui ranges).
const ImWchar* textGlyphRanges();
// True when the bytes start like a font ImGui can read (TrueType or CFF OpenType).
bool looksLikeFont(std::span<const unsigned char> font);

}  // namespace fiche::ui
