// ui/kiosk: wallboard geometry.
#include "ui/kiosk/board_layout.hpp"

#include <algorithm>
#include <cmath>

namespace fiche::ui {
namespace {

// Heights in body-text units.
constexpr float kHeaderUnits = 2.3f;
constexpr float kTileUnits = 7.4f;
constexpr float kListHeaderUnits = 1.5f;
constexpr float kRowUnits = 1.5f;
constexpr float kFooterUnits = 1.2f;
// A list column needs this much width (day, ref, status chip, duration).
constexpr float kColumnUnits = 22.0f;

}  // namespace

bool BoardRect::contains(const BoardRect& other) const {
  constexpr float kSlack = 0.01f;
  return other.x >= x - kSlack && other.y >= y - kSlack && other.right() <= right() + kSlack &&
         other.bottom() <= bottom() + kSlack;
}

bool BoardRect::overlaps(const BoardRect& other) const {
  return x < other.right() && other.x < right() && y < other.bottom() && other.y < bottom();
}

BoardMetrics boardMetrics(float width, float height) {
  BoardMetrics metrics;
  metrics.portrait = height > width;
  const float unit = metrics.portrait ? std::min(height / 46.0f, width / 26.0f)
                                      : std::min(height / 30.0f, width / 50.0f);
  metrics.text = std::max(kMinBoardText, std::floor(unit));
  metrics.small = std::max(kMinBoardText, std::round(metrics.text * 0.72f));
  metrics.mid = std::round(metrics.text * 1.7f);
  metrics.figure = std::round(metrics.text * 3.2f);
  return metrics;
}

BoardLayout layoutBoard(float width, float height, int tileCount) {
  BoardLayout layout;
  layout.metrics = boardMetrics(width, height);
  const float u = layout.metrics.text;
  layout.tileCount = std::clamp(tileCount, 1, kBoardTiles);
  layout.drift = std::max(2.0f, std::round(u * 0.15f));
  layout.margin = std::round(u * 0.9f);
  layout.gap = std::round(u * 0.6f);
  const float left = layout.margin;
  const float innerWidth = std::max(0.0f, width - 2 * layout.margin);
  float y = layout.margin;

  layout.header = {left, y, innerWidth, kHeaderUnits * u};
  y = layout.header.bottom() + layout.gap;

  const float gap = layout.gap;
  const int perRow = layout.metrics.portrait ? std::min(layout.tileCount, 2) : layout.tileCount;
  const int tileRows = (layout.tileCount + perRow - 1) / perRow;
  const float tileWidth = std::max(0.0f, (innerWidth - gap * (perRow - 1)) / perRow);
  const float tileHeight = kTileUnits * u;
  for (int i = 0; i < layout.tileCount; ++i) {
    const int column = i % perRow;
    const int line = i / perRow;
    layout.tiles[static_cast<std::size_t>(i)] = {
        left + column * (tileWidth + gap), y + line * (tileHeight + gap), tileWidth, tileHeight};
  }
  y += tileRows * tileHeight + (tileRows - 1) * gap + gap;

  const float footerHeight = kFooterUnits * u;
  const float bottom = std::max(y, height - layout.margin);
  layout.footer = {left, std::max(y, bottom - footerHeight), innerWidth, footerHeight};
  layout.listHeader = {left, y, innerWidth, kListHeaderUnits * u};
  const float listTop = layout.listHeader.bottom();
  const float listBottom = std::max(listTop, layout.footer.y - gap * 0.5f);
  layout.list = {left, listTop, innerWidth, listBottom - listTop};

  layout.rowHeight = kRowUnits * u;
  layout.columnGap = std::round(u * 1.5f);
  layout.columns = std::max(
      1, static_cast<int>((innerWidth + layout.columnGap) / (kColumnUnits * u + layout.columnGap)));
  layout.rowsPerColumn = std::max(1, static_cast<int>(layout.list.h / layout.rowHeight));
  return layout;
}

BoardRect BoardLayout::row(int index) const {
  const int column = std::clamp(index / rowsPerColumn, 0, columns - 1);
  const int line = index % rowsPerColumn;
  const float columnWidth = (list.w - columnGap * (columns - 1)) / columns;
  return {list.x + column * (columnWidth + columnGap), list.y + line * rowHeight, columnWidth,
          rowHeight};
}

BoardOffset driftOffset(double nowMs, float amplitude) {
  if (!(nowMs > 0)) return {};
  const double step = std::floor(nowMs / kDriftStepMs);
  const double angle = std::fmod(step, 8.0) * (3.14159265358979323846 / 4.0);
  return {static_cast<float>(std::round(amplitude * std::cos(angle))),
          static_cast<float>(std::round(amplitude * std::sin(angle)))};
}

double nextDriftMs(double nowMs) {
  return (std::floor(std::max(nowMs, 0.0) / kDriftStepMs) + 1) * kDriftStepMs;
}

}  // namespace fiche::ui
