// ui/kiosk: where everything of the wallboard goes on a screen of a given size, and how big
// its type is — derived from the viewport alone, in units of the body text size.
#pragma once

#include <array>

namespace fiche::ui {

struct BoardRect {
  float x = 0;
  float y = 0;
  float w = 0;
  float h = 0;
  float right() const { return x + w; }
  float bottom() const { return y + h; }
  bool contains(const BoardRect& other) const;
  bool overlaps(const BoardRect& other) const;
};

// Font sizes in pixels (ImGui's units). text is the unit everything else derives from.
struct BoardMetrics {
  float text = 0;    // list rows, tile labels
  float small = 0;   // secondary lines, footer
  float mid = 0;     // the clock, counts per status
  float figure = 0;  // the large figures
  bool portrait = false;
  bool operator==(const BoardMetrics&) const = default;
};

// Type scales with the screen: landscape screens fit 30 lines of body text in their height
// (and 50 body-text "em" in their width), portrait screens 46 lines and 26 em. Sizes are
// whole pixels (the font atlas is built for them), at least kMinBoardText.
inline constexpr float kMinBoardText = 10.0f;
BoardMetrics boardMetrics(float width, float height);

inline constexpr int kBoardTiles = 4;  // today, hours, per status, waiting

// A layout in the viewport's coordinates (origin at its top-left corner). Every rectangle lies
// inside the viewport shrunk by `drift` on each side, so the burn-in drift (at most `drift`
// pixels each way) never pushes anything off the screen. Tiles fill one row (landscape) or a
// 2 × 2 grid (portrait); tileCount (1..kBoardTiles) of them are used. The list shows `columns`
// columns of `rowsPerColumn` rows (at least one of each).
struct BoardLayout {
  BoardMetrics metrics{};
  float margin = 0;
  float gap = 0;
  float drift = 0;
  BoardRect header{};
  std::array<BoardRect, kBoardTiles> tiles{};
  int tileCount = kBoardTiles;
  BoardRect listHeader{};
  BoardRect list{};
  int columns = 1;
  int rowsPerColumn = 1;
  float rowHeight = 0;
  float columnGap = 0;
  BoardRect footer{};
  int rowsPerPage() const { return columns * rowsPerColumn; }
  BoardRect row(int index) const;  // index within a page, column by column
};

BoardLayout layoutBoard(float width, float height, int tileCount = kBoardTiles);

// The burn-in drift: a slow walk around a circle of radius `amplitude`, one step of 45°
// every kDriftStepMs (a few pixels every few minutes: invisible to people, enough to move
// static edges off the same pixels).
inline constexpr double kDriftStepMs = 3 * 60 * 1000;
struct BoardOffset {
  float x = 0;
  float y = 0;
};
BoardOffset driftOffset(double nowMs, float amplitude);
// When driftOffset changes next after nowMs.
double nextDriftMs(double nowMs);

}  // namespace fiche::ui
