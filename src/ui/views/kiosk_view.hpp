// ui: the wallboard — a clock, a few large figures and this week's interventions paging by
// themselves, readable across a room, for a screen nobody touches.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/app/app_state.hpp"
#include "ui/kiosk/board_fonts.hpp"
#include "ui/kiosk/board_layout.hpp"

namespace fiche::ui {

// The Screen Wake Lock as the platform reports it.
enum class WakeLock { Off, Requesting, On, NeedsHttps, Unsupported, Refused, Released };
std::string_view wakeLockText(WakeLock lock);

// What the view drew in its last frame, for tests and diagnostics.
struct KioskShown {
  std::string clock{};
  std::string date{};
  std::string asOf{};
  std::map<std::string, std::string> figures{};               // tile key → its large figure
  std::map<std::string, std::vector<std::string>> details{};  // tile key → its smaller lines
  std::vector<std::string> statusCounts{};                    // "done 3", in the order shown
  std::vector<std::string> refs{};  // the rows of the page on screen, in order
  std::string message{};            // the centred message, when there is no board
  std::string banner{};             // the stale banner, when the board is dimmed
  std::string footer{};
  bool dimmed = false;
};

// Draws from const state only; emits no intents (nobody is there to give any). Its own state
// is presentation over time: which page of the list is on screen (it stays put when new data
// arrives, clamped when the list got shorter), when the cursor was last moved, the drift.
class KioskView {
 public:
  // How long the mouse must rest before the cursor hides.
  static constexpr double kCursorHideMs = 3000;

  // fonts may have null members (tests): the current ImGui font stands in, scaled.
  // configProblem: what was wrong with config.json (shown small in the footer).
  void draw(const core::AppState& state, const BoardFonts& fonts, WakeLock wakeLock,
            std::string_view configProblem);
  // When the board next changes by itself (the clock's minute, the next page, the drift, the
  // cursor to hide); the app wakes its loop for it. Based on the last draw.
  std::optional<double> nextWakeMs(const core::AppState& state) const;

  int page() const { return m_page; }
  int pages() const { return m_pages; }
  int rowsPerPage() const { return m_layout.rowsPerPage(); }
  bool cursorHidden() const { return m_cursorHidden; }
  BoardOffset drift() const { return m_drift; }
  const BoardLayout& layout() const { return m_layout; }
  const KioskShown& shown() const { return m_shown; }

 private:
  struct Context;
  void updateCursor(const core::AppState& state);
  void updatePaging(const core::AppState& state, std::size_t rows);
  void drawHeader(Context& context);
  bool drawConnection(Context& context);
  void drawTiles(Context& context, const core::Board& board);
  void drawFigureTile(Context& context, const BoardRect& tile, const char* key,
                      std::string_view label, const std::string& figure,
                      const std::vector<std::string>& details, bool alert);
  void drawStatusTile(Context& context, const BoardRect& tile, const core::Board& board);
  void drawList(Context& context, const core::Board& board);
  void drawFooter(Context& context, WakeLock wakeLock, std::string_view configProblem);
  void drawStaleBanner(Context& context);
  void drawMessage(Context& context, const std::string& message, const std::string& detail);

  BoardLayout m_layout{};
  KioskShown m_shown{};
  int m_page = 0;
  int m_pages = 1;
  double m_nextPageMs = 0;  // when the next page shows (monotonic); 0 = not planned
  ImVec2 m_mousePos{-1, -1};
  double m_lastMoveMs = -1;  // -1 = not drawn yet
  bool m_cursorHidden = false;
  BoardOffset m_drift{};
};

}  // namespace fiche::ui
