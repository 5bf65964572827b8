// ui/kiosk: drawing primitives of the wallboard — text fitted into a box, status chips,
// panels — on the current window's draw list, at an offset (the burn-in drift).
#pragma once

#include <string_view>

#include "imgui.h"
#include "ui/kiosk/board_layout.hpp"

namespace fiche::ui {

enum class Align { Left, Centre, Right };

// Everything is drawn relative to `origin` (the viewport's corner plus the drift). Text is
// server text or ours: always drawn as given, never as a format string.
class BoardPainter {
 public:
  BoardPainter(ImDrawList& draw, ImVec2 origin) : m_draw(draw), m_origin(origin) {}

  // Draws `text` on one line inside `box`, vertically centred, at `size` — control
  // characters shown as U+FFFD, shrunk (to at most half) when it is too wide, then cut with
  // "…" when `elide` allows it (never for figures, whose fonts have no "…"). Returns the
  // width drawn.
  float text(ImFont* font, float size, std::string_view text, const BoardRect& box, ImU32 colour,
             Align align = Align::Left, bool elide = true);
  // Wrapped text centred in `box`, from its top; returns the height used.
  float paragraph(ImFont* font, float size, std::string_view text, const BoardRect& box,
                  ImU32 colour);
  // Width of one line of text at `size`.
  static float width(ImFont* font, float size, std::string_view text);

  void panel(const BoardRect& box, ImU32 colour, float rounding);
  // A status chip (icon, word, colour) of height box.h at the left (or right) of `box`;
  // returns its width.
  float statusChip(ImFont* font, float size, std::string_view status, const BoardRect& box,
                   Align align = Align::Left);

  // Registers `box` as an item named `label` for tests and the accessible mirror (no input).
  void mark(const char* label, const BoardRect& box);

  ImVec2 at(float x, float y) const { return {m_origin.x + x, m_origin.y + y}; }

 private:
  ImDrawList& m_draw;
  ImVec2 m_origin;
};

}  // namespace fiche::ui
