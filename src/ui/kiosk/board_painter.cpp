// ui/kiosk: wallboard drawing primitives.
#include "ui/kiosk/board_painter.hpp"

#include <algorithm>
#include <cfloat>
#include <string>

#include "ui/item_registry.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace fiche::ui {
namespace {

constexpr std::string_view kEllipsis = "\xE2\x80\xA6";

// The longest prefix of `text` not cutting a UTF-8 sequence, at most `bytes` long.
std::string_view utf8Prefix(std::string_view text, std::size_t bytes) {
  bytes = std::min(bytes, text.size());
  while (bytes > 0 && bytes < text.size() &&
         (static_cast<unsigned char>(text[bytes]) & 0xC0) == 0x80) {
    --bytes;
  }
  return text.substr(0, bytes);
}

}  // namespace

float BoardPainter::width(ImFont* font, float size, std::string_view text) {
  return font->CalcTextSizeA(size, FLT_MAX, 0.0f, text.data(), text.data() + text.size()).x;
}

float BoardPainter::text(ImFont* font, float size, std::string_view text, const BoardRect& box,
                         ImU32 colour, Align align, bool elide) {
  if (text.empty() || box.w <= 0) return 0;
  // Server text stays on one line: controls show as U+FFFD, at most kMaxLineBytes are drawn
  // (widgets' rule; the fitting below is this painter's own, at the size it draws).
  std::string clean;
  text = oneLine(text, FLT_MAX, clean);
  float drawSize = size;
  float textWidth = width(font, size, text);
  std::string cut;
  if (textWidth > box.w) {
    drawSize = std::max(size * 0.5f, size * box.w / textWidth);
    textWidth = width(font, drawSize, text);
    if (textWidth > box.w && elide) {
      // Binary search for the longest prefix that fits with the ellipsis.
      std::size_t low = 0;
      std::size_t high = text.size();
      while (low < high) {
        const std::size_t mid = (low + high + 1) / 2;
        const std::string candidate = std::string(utf8Prefix(text, mid)) + std::string(kEllipsis);
        if (width(font, drawSize, candidate) <= box.w) {
          low = mid;
        } else {
          high = mid - 1;
        }
      }
      cut = std::string(utf8Prefix(text, low)) + std::string(kEllipsis);
      text = cut;
      textWidth = width(font, drawSize, text);
    }
  }
  float x = box.x;
  if (align == Align::Centre) x = box.x + (box.w - textWidth) * 0.5f;
  if (align == Align::Right) x = box.right() - textWidth;
  // Vertically centred on the box by the font's line height at the size drawn.
  const float y = box.y + (box.h - drawSize) * 0.5f;
  m_draw.PushClipRect(at(box.x, box.y), at(box.right(), box.bottom()), true);
  m_draw.AddText(font, drawSize, at(x, y), colour, text.data(), text.data() + text.size());
  m_draw.PopClipRect();
  return textWidth;
}

float BoardPainter::paragraph(ImFont* font, float size, std::string_view text, const BoardRect& box,
                              ImU32 colour) {
  if (text.empty() || box.w <= 0) return 0;
  const char* begin = text.data();
  const char* end = begin + text.size();
  const ImVec2 extent = font->CalcTextSizeA(size, FLT_MAX, box.w, begin, end);
  const float x = box.x + std::max(0.0f, (box.w - extent.x) * 0.5f);
  m_draw.PushClipRect(at(box.x, box.y), at(box.right(), box.bottom()), true);
  m_draw.AddText(font, size, at(x, box.y), colour, begin, end, box.w);
  m_draw.PopClipRect();
  return std::min(extent.y, box.h);
}

void BoardPainter::panel(const BoardRect& box, ImU32 colour, float rounding) {
  m_draw.AddRectFilled(at(box.x, box.y), at(box.right(), box.bottom()), colour, rounding);
}

float BoardPainter::statusChip(ImFont* font, float size, std::string_view status,
                               const BoardRect& box, Align align) {
  const char* icon = statusIcon(status);
  const std::string label = icon != nullptr
                                ? std::string(icon) + " " + std::string(statusLabel(status))
                                : std::string(statusLabel(status));
  const StatusColours colours = statusColours(status);
  const float padding = size * 0.45f;
  const float maxText = std::max(0.0f, box.w - 2 * padding);
  const float textWidth = std::min(width(font, size, label), maxText);
  const float chipWidth = textWidth + 2 * padding;
  const float x = align == Align::Right ? box.right() - chipWidth : box.x;
  const BoardRect chip{x, box.y, chipWidth, box.h};
  panel(chip, colours.fill, box.h * 0.5f);
  text(font, size, label, {x + padding, box.y, textWidth + 0.5f, box.h}, colours.text);
  return chipWidth;
}

void BoardPainter::mark(const char* label, const BoardRect& box) {
  if (box.w < 1 || box.h < 1) return;
  ImGui::SetCursorScreenPos(at(box.x, box.y));
  ImGui::InvisibleButton(label, ImVec2(box.w, box.h));
  ItemRegistry::labelLastItem(label);
}

}  // namespace fiche::ui
