// ui/kiosk: the wallboard's font atlas — the UI font rasterised at exactly the sizes the board
// draws (so large type stays crisp), with the large sizes limited to the glyphs of figures.
#pragma once

#include <span>

#include "imgui.h"
#include "ui/kiosk/board_layout.hpp"

namespace fiche::ui {

// Fonts of the atlas; valid until the atlas is cleared or rebuilt.
struct BoardFonts {
  ImFont* text = nullptr;
  ImFont* small = nullptr;
  ImFont* mid = nullptr;     // digits, ':' and spaces only
  ImFont* figure = nullptr;  // digits, ':' and spaces only
};

// Clears `atlas` and adds four fonts at the metrics' sizes, rasterised for `density` device
// pixels per CSS pixel; text and small have the UI font's glyphs with the icons merged in.
// Without a usable `ttf`, ImGui's built-in font stands in at every size (blurry but legible)
// and false is returned. The spans must outlive the atlas.
bool buildBoardFontAtlas(ImFontAtlas& atlas, std::span<const unsigned char> ttf,
                         std::span<const unsigned char> icons, float density,
                         const BoardMetrics& metrics, BoardFonts& fonts);

// What a figure font can draw: ASCII space to ':' (digits, ':', '+', '-', '.', ','), the thin
// space of countText() and the en dash.
inline constexpr ImWchar kFigureGlyphRanges[] = {0x0020, 0x003A, 0x2009, 0x2009, 0x2013, 0x2013, 0};

}  // namespace fiche::ui
