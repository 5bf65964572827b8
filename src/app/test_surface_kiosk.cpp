// app: kiosk test snapshot.
#include "app/test_surface_kiosk.hpp"

#include "core/util/time_format.hpp"
#include "imgui.h"

namespace fiche::app {
namespace {

using nlohmann::json;

const char* loadName(core::KioskLoad load) {
  switch (load) {
    case core::KioskLoad::Idle:
      return "idle";
    case core::KioskLoad::Loading:
      return "loading";
    case core::KioskLoad::Done:
      return "done";
    case core::KioskLoad::Failed:
      return "failed";
  }
  return "unknown";
}

const char* wakeLockName(ui::WakeLock lock) {
  switch (lock) {
    case ui::WakeLock::Off:
      return "off";
    case ui::WakeLock::Requesting:
      return "requesting";
    case ui::WakeLock::On:
      return "on";
    case ui::WakeLock::NeedsHttps:
      return "needs-https";
    case ui::WakeLock::Unsupported:
      return "unsupported";
    case ui::WakeLock::Refused:
      return "refused";
    case ui::WakeLock::Released:
      return "released";
  }
  return "unknown";
}

json boardJson(const core::Board& board) {
  json statuses = json::object();
  for (const core::StatusCount& count : board.statuses) statuses[count.status] = count.count;
  json rows = json::array();
  for (const core::BoardRow& row : board.rows) {
    rows.push_back({{"id", row.id},
                    {"ref", row.ref},
                    {"date", core::formatIsoDate(row.date)},
                    {"status", row.status},
                    {"duration", row.durationSeconds}});
  }
  return {{"today", core::formatIsoDate(board.weeks.today)},
          {"week_start", core::formatIsoDate(board.weeks.weekStart)},
          {"today_count", board.todayCount},
          {"today_seconds", board.todaySeconds},
          {"yesterday_count", board.yesterdayCount},
          {"yesterday_seconds", board.yesterdaySeconds},
          {"week_count", board.weekCount},
          {"week_seconds", board.weekSeconds},
          {"last_week_count", board.lastWeekCount},
          {"last_week_seconds", board.lastWeekSeconds},
          {"last_week_to_date_seconds", board.lastWeekToDateSeconds},
          {"statuses", std::move(statuses)},
          {"shows_waiting", board.showsWaiting},
          {"waiting_days", board.waitingDays},
          {"waiting_count", board.waitingCount},
          {"oldest_waiting_days", board.oldestWaitingDays},
          {"oldest_waiting_ref", board.oldestWaitingRef},
          {"rows", std::move(rows)},
          {"undated", board.undated}};
}

json inMs(double atMs, double nowMs) {
  return atMs > 0 ? json(atMs - nowMs) : json(nullptr);
}

}  // namespace

json kioskJson(App& app) {
  const core::AppState& state = app.state();
  const core::KioskState& kiosk = state.kiosk;
  if (!kiosk.enabled) return nullptr;
  const ui::KioskView& view = app.kioskView();
  const ui::KioskShown& shown = view.shown();
  const ui::BoardLayout& layout = view.layout();
  const ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
  json error = nullptr;
  if (kiosk.error) {
    error = {{"kind", core::toString(kiosk.error->kind)},
             {"http_status", kiosk.error->httpStatus},
             {"message", kiosk.error->message}};
  }
  return {
      {"status", loadName(kiosk.status)},
      {"board", kiosk.board ? boardJson(*kiosk.board) : json(nullptr)},
      {"board_version", kiosk.boardVersion},
      {"rounds", kiosk.rounds},
      {"pages_loaded", kiosk.pagesLoaded},
      {"pages_total", kiosk.pagesTotal},
      {"error", std::move(error)},
      {"stale", core::isBoardStale(kiosk, state.nowMs)},
      {"last_success",
       kiosk.lastSuccess ? json(core::formatStamp(*kiosk.lastSuccess, {})) : json(nullptr)},
      {"refresh_in_ms", inMs(kiosk.nextRefreshAtMs, state.nowMs)},
      {"recover_in_ms", inMs(kiosk.recoverAtMs, state.nowMs)},
      {"fresh_for_ms", inMs(kiosk.freshUntilMs, state.nowMs)},
      {"config",
       {{"refresh_seconds", kiosk.config.refreshSeconds},
        {"page_seconds", kiosk.config.pageSeconds},
        {"waiting_days", kiosk.config.waitingDays},
        {"wake_lock", kiosk.config.wakeLock}}},
      {"shown",
       {{"clock", shown.clock},
        {"date", shown.date},
        {"as_of", shown.asOf},
        {"figures", shown.figures},
        {"details", shown.details},
        {"status_counts", shown.statusCounts},
        {"refs", shown.refs},
        {"message", shown.message},
        {"banner", shown.banner},
        {"footer", shown.footer},
        {"dimmed", shown.dimmed}}},
      {"page", view.page()},
      {"pages", view.pages()},
      {"rows_per_page", view.rowsPerPage()},
      {"columns", layout.columns},
      {"text_px", layout.metrics.text},
      {"figure_px", layout.metrics.figure},
      {"portrait", layout.metrics.portrait},
      {"cursor_hidden", view.cursorHidden()},
      {"drift", {{"x", view.drift().x}, {"y", view.drift().y}, {"max", layout.drift}}},
      {"wake_lock", wakeLockName(app.wakeLock())},
      {"atlas", {{"width", atlas.TexWidth}, {"height", atlas.TexHeight}}},
      {"next_wake_in_ms", app.nextWakeMs() ? json(*app.nextWakeMs() - state.nowMs) : json(nullptr)},
  };
}

}  // namespace fiche::app
