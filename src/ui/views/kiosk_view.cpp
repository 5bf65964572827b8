// ui: the wallboard's frame — header with the clock, figures, the paging list, the footer,
// and the dimmed board with its banner when the data stopped arriving.
#include "ui/views/kiosk_view.hpp"

#include <algorithm>
#include <cmath>

#include "core/kiosk/board_text.hpp"
#include "core/util/duration.hpp"
#include "core/util/time_format.hpp"
#include "imgui.h"
#include "ui/icons.hpp"
#include "ui/item_registry.hpp"
#include "ui/kiosk/board_painter.hpp"
#include "ui/theme.hpp"
#include "ui/user_message.hpp"
#include "ui/widgets.hpp"

namespace fiche::ui {
namespace {

ImU32 mix(const ImVec4& a, const ImVec4& b, float t, float alpha = 1.0f) {
  return ImGui::ColorConvertFloat4ToU32(
      ImVec4(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t, a.z + (b.z - a.z) * t, alpha));
}

bool darkBackground(const ImVec4& background) {
  return background.x + background.y + background.z < 1.5f;
}

// Why the data stopped arriving, in a few words that read from across the room.
std::string staleReason(const core::Error* error) {
  if (error == nullptr) return "no new data has arrived";
  switch (error->kind) {
    case core::ErrorKind::Network:
    case core::ErrorKind::Timeout:
      return "the server is not answering";
    case core::ErrorKind::Decode:
      return "the server's answers cannot be read";
    default:
      break;
  }
  if (error->httpStatus == 401) return "the server refused the kiosk's token";
  if (error->httpStatus == 403) return "the kiosk's token may not see the interventions";
  if (error->httpStatus > 0) {
    return "the server reports a problem (HTTP " + std::to_string(error->httpStatus) + ")";
  }
  return "the server is not answering";
}

std::string hours(std::int64_t seconds) {
  return core::formatDuration(seconds);
}

// "Mon", "Mon–Thu": the days of last week that match this week's so far.
std::string sameDaysLastWeek(const core::BoardWeeks& weeks) {
  constexpr const char* kShort[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
  const int today = core::weekday(weeks.today);
  if (today == 0) return "Mon";
  return std::string("Mon\xE2\x80\x93") + kShort[today];
}

}  // namespace

std::string_view wakeLockText(WakeLock lock) {
  switch (lock) {
    case WakeLock::Off:
      return "Screen may sleep (wake lock off)";
    case WakeLock::Requesting:
      return "Asking to keep the screen on…";
    case WakeLock::On:
      return "Screen kept on";
    case WakeLock::NeedsHttps:
      return "Screen may sleep: the wake lock needs HTTPS";
    case WakeLock::Unsupported:
      return "Screen may sleep: this browser has no wake lock";
    case WakeLock::Refused:
      return "Screen may sleep: the browser refused the wake lock";
    case WakeLock::Released:
      return "Screen may sleep: the browser released the wake lock";
  }
  return "";
}

struct KioskView::Context {
  const core::AppState& state;
  BoardFonts fonts;
  BoardPainter paint;
  const BoardLayout& layout;
  float u;
  ImU32 text;
  ImU32 muted;
  ImU32 panel;
  ImU32 panelAlt;
  ImU32 accent;
  ImU32 warning;
  ImVec4 background;
};

void KioskView::updateCursor(const core::AppState& state) {
  const ImGuiIO& io = ImGui::GetIO();
  const bool moved = io.MousePos.x != m_mousePos.x || io.MousePos.y != m_mousePos.y ||
                     ImGui::IsAnyMouseDown() || io.MouseWheel != 0.0f;
  m_mousePos = io.MousePos;
  if (moved || m_lastMoveMs < 0) m_lastMoveMs = state.nowMs;
  m_cursorHidden = state.nowMs - m_lastMoveMs >= kCursorHideMs;
  if (m_cursorHidden) ImGui::SetMouseCursor(ImGuiMouseCursor_None);
}

void KioskView::updatePaging(const core::AppState& state, std::size_t rows) {
  const int perPage = std::max(1, m_layout.rowsPerPage());
  m_pages = std::max(1, static_cast<int>((rows + perPage - 1) / perPage));
  m_page = std::min(m_page, m_pages - 1);  // the list got shorter: the last page
  const double interval = std::max(1, state.kiosk.config.pageSeconds) * 1000.0;
  if (m_pages <= 1) {
    m_nextPageMs = 0;
    return;
  }
  if (m_nextPageMs <= 0) m_nextPageMs = state.nowMs + interval;
  if (state.nowMs >= m_nextPageMs) {
    m_page = (m_page + 1) % m_pages;
    m_nextPageMs += interval;
    if (m_nextPageMs <= state.nowMs) m_nextPageMs = state.nowMs + interval;  // after a sleep
  }
}

void KioskView::draw(const core::AppState& state, const BoardFonts& fonts, WakeLock wakeLock,
                     std::string_view configProblem) {
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  const core::KioskState& kiosk = state.kiosk;
  const core::Board* board = kiosk.board ? &*kiosk.board : nullptr;
  const int tiles = board != nullptr && !board->showsWaiting ? 3 : kBoardTiles;
  m_layout = layoutBoard(viewport->Size.x, viewport->Size.y, tiles);
  m_shown = {};
  updateCursor(state);
  m_drift = driftOffset(state.nowMs, m_layout.drift);

  ImGui::SetNextWindowPos(viewport->Pos);
  ImGui::SetNextWindowSize(viewport->Size);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0.0f);
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                 ImGuiWindowFlags_NoInputs | ImGuiWindowFlags_NoSavedSettings |
                                 ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoNav |
                                 ImGuiWindowFlags_NoBringToFrontOnFocus;
  ImGui::Begin("Kiosk", nullptr, flags);
  ImGui::PopStyleVar(2);

  const ImGuiStyle& style = ImGui::GetStyle();
  const ImVec4 background = style.Colors[ImGuiCol_WindowBg];
  const ImVec4 textColour = style.Colors[ImGuiCol_Text];
  const bool dark = darkBackground(background);
  ImFont* current = ImGui::GetFont();
  Context context{
      .state = state,
      .fonts = {.text = fonts.text ? fonts.text : current,
                .small = fonts.small ? fonts.small : current,
                .mid = fonts.mid ? fonts.mid : current,
                .figure = fonts.figure ? fonts.figure : current},
      .paint = BoardPainter(*ImGui::GetWindowDrawList(),
                            ImVec2(viewport->Pos.x + m_drift.x, viewport->Pos.y + m_drift.y)),
      .layout = m_layout,
      .u = m_layout.metrics.text,
      .text = ImGui::ColorConvertFloat4ToU32(textColour),
      .muted = ImGui::ColorConvertFloat4ToU32(style.Colors[ImGuiCol_TextDisabled]),
      .panel = mix(background, textColour, 0.07f),
      .panelAlt = mix(background, textColour, 0.035f),
      .accent = dark ? IM_COL32(140, 182, 240, 255) : IM_COL32(36, 88, 158, 255),
      .warning = warningColour(),
      .background = background};

  drawHeader(context);
  if (!drawConnection(context)) {
    if (board == nullptr) {
      if (kiosk.status == core::KioskLoad::Failed && kiosk.error) {
        drawMessage(context, userMessage(*kiosk.error, Subject::List, state.connection.crossOrigin),
                    kiosk.recoverAtMs > 0 ? "Fiche tries again by itself." : "");
      } else {
        std::string progress = "Loading the board…";
        if (kiosk.pagesTotal > 0) {
          progress += " (" + std::to_string(kiosk.pagesLoaded) + " of " +
                      std::to_string(kiosk.pagesTotal) + " pages)";
        }
        drawMessage(context, progress, "");
      }
    } else {
      drawTiles(context, *board);
      drawList(context, *board);
    }
  }
  drawFooter(context, wakeLock, configProblem);
  const bool connectionLost = state.connection.status == core::LoadStatus::Failed;
  if (board != nullptr && (core::isBoardStale(kiosk, state.nowMs) || connectionLost)) {
    drawStaleBanner(context);
  }
  ImGui::End();
}

void KioskView::drawHeader(Context& context) {
  const BoardRect& header = context.layout.header;
  const float u = context.u;
  const core::AppState& state = context.state;
  BoardPainter& paint = context.paint;
  m_shown.clock = core::clockText(state.localNow.hour, state.localNow.minute);
  m_shown.date = core::longDate(state.localNow.date);
  const float mid = context.layout.metrics.mid;
  const float clockWidth = BoardPainter::width(context.fonts.mid, mid, "88:88") + u * 0.1f;
  const BoardRect clock{header.right() - clockWidth, header.y, clockWidth, header.h};
  paint.text(context.fonts.mid, mid, m_shown.clock, clock, context.text, Align::Right, false);
  paint.mark("kiosk:clock", clock);
  const float dateWidth = std::min(u * 14.0f, header.w * 0.35f);
  const BoardRect date{clock.x - u * 0.6f - dateWidth, header.y, dateWidth, header.h};
  paint.text(context.fonts.small, context.layout.metrics.small, m_shown.date, date, context.muted,
             Align::Right);

  const BoardRect left{header.x, header.y, std::max(0.0f, date.x - u * 0.6f - header.x), header.h};
  const std::string& provider = state.connection.discovery.providerName;
  const std::string title =
      provider.empty() ? "Interventions" : provider + " \xC2\xB7 Interventions";
  paint.text(context.fonts.text, u, title, {left.x, left.y, left.w, u * 1.3f}, context.text);
  const core::KioskState& kiosk = state.kiosk;
  if (kiosk.lastSuccess) {
    m_shown.asOf = "as of " + core::formatStamp(*kiosk.lastSuccess, state.localNow.date);
  } else {
    m_shown.asOf = "waiting for the first data";
  }
  const BoardRect asOf{left.x, left.y + u * 1.3f, left.w, header.h - u * 1.3f};
  const bool stale = core::isBoardStale(kiosk, state.nowMs);
  paint.text(context.fonts.small, context.layout.metrics.small, m_shown.asOf, asOf,
             stale ? context.warning : context.muted);
  paint.mark("kiosk:as-of", asOf);
}

bool KioskView::drawConnection(Context& context) {
  const core::ConnectionState& connection = context.state.connection;
  if (!connection.linkRoot.empty()) {
    drawMessage(context, "This address names another server (" + connection.linkRoot + ").",
                "A kiosk shows the server of its config.json: open it without ?api=.");
    return true;
  }
  switch (connection.status) {
    case core::LoadStatus::Idle:
      drawMessage(context, "Kiosk mode needs a server.",
                  "Set \"api\" and \"token\" in config.json (docs/kiosk.md).");
      return true;
    case core::LoadStatus::Pending:
      if (context.state.kiosk.board) return false;  // recovering: the board stays
      drawMessage(context, "Connecting to " + connection.apiRoot + "…", "");
      return true;
    case core::LoadStatus::Failed:
      if (context.state.kiosk.board) return false;  // the banner says it over the board
      if (connection.error) {
        const bool refused = connection.error->httpStatus == 401;
        drawMessage(context,
                    userMessage(*connection.error, Subject::Connection, connection.crossOrigin),
                    refused                      ? "Check the kiosk's token in config.json."
                    : connection.recoverAtMs > 0 ? "Fiche tries again by itself."
                                                 : "");
      }
      return true;
    case core::LoadStatus::Ok:
      break;
  }
  if (!connection.discovery.has("interventions")) {
    drawMessage(context, "This server does not offer interventions.", "");
    return true;
  }
  return false;
}

void KioskView::drawMessage(Context& context, const std::string& message,
                            const std::string& detail) {
  const BoardLayout& layout = context.layout;
  const float top = layout.tiles[0].y;
  const BoardRect area{layout.header.x + context.u * 2, top + context.u * 2,
                       std::max(0.0f, layout.header.w - context.u * 4),
                       std::max(0.0f, layout.footer.y - top - context.u * 4)};
  const float used =
      context.paint.paragraph(context.fonts.text, context.u, message, area, context.text);
  if (!detail.empty()) {
    const float gap = context.u * 0.8f;
    context.paint.paragraph(context.fonts.small, layout.metrics.small, detail,
                            {area.x, area.y + used + gap, area.w, area.h - used - gap},
                            context.muted);
  }
  context.paint.mark("kiosk:message", area);
  ItemRegistry::noteMessage(message);
  m_shown.message = detail.empty() ? message : message + " " + detail;
}

void KioskView::drawFigureTile(Context& context, const BoardRect& tile, const char* key,
                               std::string_view label, const std::string& figure,
                               const std::vector<std::string>& details, bool alert) {
  const float u = context.u;
  const BoardMetrics& metrics = context.layout.metrics;
  BoardPainter& paint = context.paint;
  paint.panel(tile, context.panel, u * 0.35f);
  const float pad = u * 0.4f;
  const float x = tile.x + pad;
  const float w = tile.w - 2 * pad;
  float y = tile.y + pad;
  paint.text(context.fonts.text, u, label, {x, y, w, u * 1.15f},
             alert ? context.warning : context.muted);
  y += u * 1.15f;
  const float figureBox = u * 3.3f;
  paint.text(context.fonts.figure, metrics.figure, figure, {x, y, w, figureBox},
             alert ? context.warning : context.text, Align::Left, false);
  y += figureBox;
  for (const std::string& detail : details) {
    paint.text(context.fonts.small, metrics.small, detail, {x, y, w, u * 0.95f}, context.muted);
    y += u * 0.95f;
  }
  paint.mark((std::string("kiosk:") + key).c_str(), tile);
  m_shown.figures[key] = figure;
  m_shown.details[key] = details;
}

void KioskView::drawStatusTile(Context& context, const BoardRect& tile, const core::Board& board) {
  const float u = context.u;
  BoardPainter& paint = context.paint;
  paint.panel(tile, context.panel, u * 0.35f);
  const float pad = u * 0.4f;
  const float x = tile.x + pad;
  const float w = tile.w - 2 * pad;
  paint.text(context.fonts.text, u, "This week by status", {x, tile.y + pad, w, u * 1.15f},
             context.muted);
  const float top = tile.y + pad + u * 1.15f;
  const float area = tile.bottom() - pad - top;
  constexpr std::size_t kMaxRows = 6;
  const std::size_t total = board.statuses.size();
  const std::size_t shown = total > kMaxRows ? kMaxRows - 1 : total;
  const std::size_t lines = std::max<std::size_t>(1, total > kMaxRows ? kMaxRows : total);
  const float rowHeight = std::min(u * 1.3f, area / static_cast<float>(lines));
  for (std::size_t i = 0; i < shown; ++i) {
    const core::StatusCount& count = board.statuses[i];
    const BoardRect row{x, top + rowHeight * static_cast<float>(i), w, rowHeight};
    const float chipHeight = rowHeight * 0.72f;
    const BoardRect chip{row.x, row.y + (rowHeight - chipHeight) * 0.5f, w * 0.7f, chipHeight};
    paint.statusChip(context.fonts.small, std::min(context.layout.metrics.small, chipHeight * 0.8f),
                     count.status, chip);
    const std::string number = core::countText(count.count);
    paint.text(context.fonts.mid, std::min(context.layout.metrics.mid * 0.8f, rowHeight * 0.95f),
               number, {row.x + w * 0.72f, row.y, w * 0.28f, rowHeight},
               count.count > 0 ? context.text : context.muted, Align::Right, false);
    m_shown.statusCounts.push_back(count.status + " " + std::to_string(count.count));
  }
  if (total > shown) {
    int others = 0;
    for (std::size_t i = shown; i < total; ++i) others += board.statuses[i].count;
    const std::string more =
        "+" + std::to_string(total - shown) + " more statuses: " + std::to_string(others);
    paint.text(context.fonts.small, context.layout.metrics.small, more,
               {x, top + rowHeight * static_cast<float>(shown), w, rowHeight}, context.muted);
    m_shown.statusCounts.push_back(more);
  }
  paint.mark("kiosk:statuses", tile);
}

void KioskView::drawTiles(Context& context, const core::Board& board) {
  const auto& tiles = context.layout.tiles;
  drawFigureTile(context, tiles[0], "today", "Today", core::countText(board.todayCount),
                 {hours(board.todaySeconds) + " h logged",
                  "Yesterday " + core::countText(board.yesterdayCount) + " \xC2\xB7 " +
                      hours(board.yesterdaySeconds) + " h"},
                 false);
  drawFigureTile(
      context, tiles[1], "week_hours", "Hours this week", hours(board.weekSeconds),
      {"Last week " + hours(board.lastWeekSeconds),
       sameDaysLastWeek(board.weeks) + " last week " + hours(board.lastWeekToDateSeconds)},
      false);
  drawStatusTile(context, tiles[2], board);
  if (!board.showsWaiting) return;
  const bool waiting = board.waitingCount > 0;
  std::vector<std::string> details = {"validated, not done yet"};
  if (waiting) {
    details.push_back("Oldest " + core::daysText(board.oldestWaitingDays) + " \xC2\xB7 " +
                      board.oldestWaitingRef);
  } else {
    details.push_back("None: all caught up");
  }
  // Breaches read by shape and words too, not by colour alone.
  const std::string label = (waiting ? std::string(icons::kWarning) + " " : std::string()) +
                            "Waiting > " + core::daysText(board.waitingDays);
  drawFigureTile(context, tiles[3], "waiting", label, core::countText(board.waitingCount), details,
                 waiting);
}

void KioskView::drawList(Context& context, const core::Board& board) {
  const BoardLayout& layout = context.layout;
  const float u = context.u;
  const BoardMetrics& metrics = layout.metrics;
  BoardPainter& paint = context.paint;
  updatePaging(context.state, board.rows.size());

  const BoardRect& header = layout.listHeader;
  const std::string title =
      "This week \xC2\xB7 " + core::dayRange(board.weeks.weekStart, board.weeks.today);
  std::string count = core::countText(static_cast<std::int64_t>(board.rows.size())) +
                      (board.rows.size() == 1 ? " intervention" : " interventions");
  if (m_pages > 1) {
    count += " \xC2\xB7 page " + std::to_string(m_page + 1) + " of " + std::to_string(m_pages);
  }
  const float countWidth =
      std::min(header.w * 0.45f, BoardPainter::width(context.fonts.small, metrics.small, count));
  paint.text(context.fonts.small, metrics.small, count,
             {header.right() - countWidth, header.y, countWidth, header.h}, context.muted,
             Align::Right);
  paint.text(context.fonts.text, u, title,
             {header.x, header.y, header.w - countWidth - u, header.h}, context.text);
  paint.mark("kiosk:list-header", header);

  if (board.rows.empty()) {
    paint.text(context.fonts.text, u, "No interventions this week yet.",
               {layout.list.x, layout.list.y, layout.list.w, layout.rowHeight * 2}, context.muted,
               Align::Centre);
    return;
  }
  const int perPage = layout.rowsPerPage();
  const std::size_t first = static_cast<std::size_t>(m_page) * static_cast<std::size_t>(perPage);
  const std::size_t last = std::min(board.rows.size(), first + static_cast<std::size_t>(perPage));
  const float pad = u * 0.4f;
  for (std::size_t i = first; i < last; ++i) {
    const core::BoardRow& row = board.rows[i];
    const BoardRect box = layout.row(static_cast<int>(i - first));
    const BoardRect band{box.x, box.y + u * 0.06f, box.w, box.h - u * 0.12f};
    paint.panel(band, (i - first) % 2 == 0 ? context.panelAlt : context.panel, u * 0.2f);
    if (row.today) paint.panel({band.x, band.y, u * 0.16f, band.h}, context.accent, 0);
    float x = box.x + pad;
    const float dayWidth = u * 4.0f;
    paint.text(context.fonts.text, u, row.today ? "Today" : core::shortDay(row.date),
               {x, box.y, dayWidth, box.h}, row.today ? context.accent : context.muted);
    x += dayWidth + pad;
    const float durationWidth = u * 3.4f;
    const float chipWidth = u * 5.6f;
    const float refWidth =
        std::max(0.0f, box.right() - pad - durationWidth - pad - chipWidth - pad - x);
    paint.text(context.fonts.text, u, row.ref, {x, box.y, refWidth, box.h}, context.text);
    x += refWidth + pad;
    const float chipHeight = u * 0.95f;
    paint.statusChip(context.fonts.small, metrics.small, row.status,
                     {x, box.y + (box.h - chipHeight) * 0.5f, chipWidth, chipHeight});
    paint.text(context.fonts.text, u, core::formatDuration(row.durationSeconds),
               {box.right() - pad - durationWidth, box.y, durationWidth, box.h}, context.text,
               Align::Right, false);
    ImGui::PushID(static_cast<int>(i));
    paint.mark("kiosk:row", box);
    ImGui::PopID();
    m_shown.refs.push_back(row.ref);
  }
}

void KioskView::drawFooter(Context& context, WakeLock wakeLock, std::string_view configProblem) {
  const BoardLayout& layout = context.layout;
  const BoardRect& footer = layout.footer;
  const float small = layout.metrics.small;
  BoardPainter& paint = context.paint;
  const core::KioskState& kiosk = context.state.kiosk;
  const std::string lock(context.state.kiosk.config.wakeLock ? wakeLockText(wakeLock)
                                                             : wakeLockText(WakeLock::Off));
  const float lockWidth =
      std::min(footer.w * 0.45f, BoardPainter::width(context.fonts.small, small, lock));
  paint.text(context.fonts.small, small, lock,
             {footer.right() - lockWidth, footer.y, lockWidth, footer.h}, context.muted,
             Align::Right);
  std::string left;
  ImU32 colour = context.muted;
  if (!configProblem.empty()) {
    left = std::string(configProblem);
    std::replace(left.begin(), left.end(), '\n', ' ');  // one line: the footer's
    colour = context.warning;
  } else {
    const int seconds = kiosk.config.refreshSeconds;
    left = seconds % 60 == 0
               ? "Updated every " + (seconds == 60 ? std::string("minute")
                                                   : std::to_string(seconds / 60) + " minutes")
               : "Updated every " + std::to_string(seconds) + " s";
    if (kiosk.status == core::KioskLoad::Loading && kiosk.board) left += " \xC2\xB7 updating…";
  }
  paint.text(context.fonts.small, small, left,
             {footer.x, footer.y, footer.w - lockWidth - context.u, footer.h}, colour);
  paint.mark("kiosk:footer", footer);
  m_shown.footer = left + " | " + lock;
}

void KioskView::drawStaleBanner(Context& context) {
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImDrawList& draw = *ImGui::GetWindowDrawList();
  // The whole board dims: from across the room, frozen numbers must look frozen.
  draw.AddRectFilled(viewport->Pos,
                     ImVec2(viewport->Pos.x + viewport->Size.x, viewport->Pos.y + viewport->Size.y),
                     mix(context.background, context.background, 0.0f, 0.68f));
  m_shown.dimmed = true;
  const core::AppState& state = context.state;
  const core::KioskState& kiosk = state.kiosk;
  const core::Error* error = kiosk.error              ? &*kiosk.error
                             : state.connection.error ? &*state.connection.error
                                                      : nullptr;
  const std::string since =
      kiosk.lastSuccess ? core::formatStamp(*kiosk.lastSuccess, state.localNow.date) : "?";
  const std::string line =
      std::string(icons::kWarning) + " Data from " + since + " \xE2\x80\x94 " + staleReason(error);
  const bool refused = error != nullptr && error->httpStatus == 401;
  const std::string detail =
      refused ? "Check the kiosk's token in config.json." : "Fiche keeps trying by itself.";
  const BoardLayout& layout = context.layout;
  const float u = context.u;
  const float size = u * 1.4f;
  const float lineWidth = BoardPainter::width(context.fonts.text, size, line);
  const float width = std::min(layout.header.w, lineWidth + u * 2.0f);
  const float height = u * 4.0f;
  const BoardRect banner{layout.header.x + (layout.header.w - width) * 0.5f,
                         layout.list.y - u * 0.5f, width, height};
  BoardPainter& paint = context.paint;
  paint.panel(banner, mix(context.background, context.background, 0.0f, 0.97f), u * 0.4f);
  draw.AddRect(paint.at(banner.x, banner.y), paint.at(banner.right(), banner.bottom()),
               context.warning, u * 0.4f, 0, std::max(1.0f, u * 0.08f));
  paint.text(context.fonts.text, size, line,
             {banner.x + u, banner.y + u * 0.4f, banner.w - 2 * u, u * 1.9f}, context.warning,
             Align::Centre);
  paint.text(context.fonts.text, u, detail,
             {banner.x + u, banner.y + u * 2.3f, banner.w - 2 * u, u * 1.2f}, context.text,
             Align::Centre);
  paint.mark("kiosk:stale", banner);
  ItemRegistry::noteMessage(line);
  m_shown.banner = line + " " + detail;
}

std::optional<double> KioskView::nextWakeMs(const core::AppState& state) const {
  if (m_lastMoveMs < 0) return std::nullopt;  // not drawn yet
  const double now = state.nowMs;
  // The clock shows minutes: wake just after the next one begins.
  double next = now + (60 - std::clamp(state.localNow.second, 0, 59)) * 1000.0;
  next = std::min(next, nextDriftMs(now));
  if (m_pages > 1 && m_nextPageMs > 0) next = std::min(next, std::max(m_nextPageMs, now));
  if (!m_cursorHidden) next = std::min(next, m_lastMoveMs + kCursorHideMs);
  return next;
}

}  // namespace fiche::ui
