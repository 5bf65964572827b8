// app: test snapshots.
#include "app/test_surface.hpp"

#include <nlohmann/json.hpp>

#include "app/test_surface_kiosk.hpp"
#include "core/app/route.hpp"
#include "core/util/date_range.hpp"
#include "core/util/duration.hpp"
#include "core/util/time_format.hpp"
#include "imgui_internal.h"

namespace fiche::app {
namespace {

using nlohmann::json;

const char* statusName(core::LoadStatus status) {
  switch (status) {
    case core::LoadStatus::Idle:
      return "idle";
    case core::LoadStatus::Pending:
      return "pending";
    case core::LoadStatus::Ok:
      return "ok";
    case core::LoadStatus::Failed:
      return "failed";
  }
  return "unknown";
}

json errorJson(const std::optional<core::Error>& error) {
  if (!error) return nullptr;
  return {{"kind", core::toString(error->kind)},
          {"http_status", error->httpStatus},
          {"code", error->apiCode},
          {"message", error->message}};
}

// A retry waiting (or in flight), with the time left relative to the state's clock.
json retryJson(const std::optional<core::RetryInfo>& retry, double nowMs) {
  if (!retry) return nullptr;
  return {{"attempt", retry->attempt},
          {"max_attempts", retry->maxAttempts},
          {"in_ms", retry->atMs > 0 ? retry->atMs - nowMs : 0.0},
          {"error", errorJson(retry->lastError)}};
}

json inMs(double atMs, double nowMs) {
  return atMs > 0 ? json(atMs - nowMs) : json(nullptr);
}

json routeJson(const core::Route& route) {
  return {{"hash", core::formatRoute(route)},
          {"period", core::presetKey(route.period)},
          {"from", route.from},
          {"to", route.to},
          {"status", route.status},
          {"sort", route.sort},
          {"client_sort", route.clientSort},
          {"server_pages", route.serverPages},
          {"search", route.search},
          {"order", route.order},
          {"group", route.group},
          {"lens", route.lens},
          {"page", route.page},
          {"per_page", route.perPage},
          {"open", route.openId}};
}

// Tests read the first rows; a snapshot of 100,000 would cost more than the page itself.
constexpr std::size_t kRowsInSnapshot = 1000;

json totalsJson(const core::Totals& totals) {
  return {{"count", totals.count}, {"duration", totals.durationSeconds}};
}

json historyJson(const core::ListState& list) {
  const core::HistoryState& history = list.history;
  const core::ListStore& store = list.store;
  json groups = json::array();
  for (const core::RowGroup& group : store.groups()) {
    if (groups.size() == kRowsInSnapshot) break;
    groups.push_back({{"label", group.label}, {"totals", totalsJson(group.totals)}});
  }
  return {{"loading", history.loading},
          {"items_loaded", history.progress.itemsLoaded},
          {"items_total", history.progress.itemsTotal},
          {"pages_loaded", history.progress.pagesLoaded},
          {"pages_total", history.progress.pagesTotal},
          {"hydrated", history.hydration.hydrated},
          {"hydration_failed", history.hydration.failed},
          {"hydration_known", history.hydration.known},
          {"loaded_rows", store.loadedCount()},
          {"totals", totalsJson(store.totals())},
          {"selection", totalsJson(store.selectionTotals())},
          {"selection_hidden", store.selectedHiddenCount()},
          {"groups", std::move(groups)}};
}

json listJson(const core::ListState& list, double nowMs) {
  json rows = json::array();
  for (std::size_t i = 0; i < list.store.size() && i < kRowsInSnapshot; ++i) {
    const core::InterventionSummary& item = list.store.at(i);
    rows.push_back({{"id", item.id},
                    {"ref", item.ref},
                    {"date", item.date},
                    {"duration", item.durationSeconds},
                    {"duration_text", core::formatDuration(item.durationSeconds)},
                    {"status", item.status},
                    {"selected", list.store.isSelectedAt(i)},
                    {"hydrated", list.store.detailAt(i) != nullptr}});
  }
  const core::Pagination& pagination = list.pagination;
  return {{"status", statusName(list.status)},
          {"generation", list.generation},
          {"query",
           {{"page", list.query.page},
            {"per_page", list.query.perPage},
            {"date_start", list.query.dateStart},
            {"date_end", list.query.dateEnd},
            {"status", list.query.status},
            {"sort", list.query.sort}}},
          {"page", pagination.page},
          {"per_page", pagination.perPage},
          {"total_items", pagination.totalItems},
          {"total_pages", pagination.totalPages},
          {"rows", std::move(rows)},
          {"row_count", list.store.size()},
          {"history", historyJson(list)},
          {"total_duration", list.store.totalDurationSeconds()},
          {"server_sort_unsupported", list.serverSortUnsupported},
          {"error", errorJson(list.error)},
          {"stale", core::isStale(list)},
          {"background", list.background},
          {"rows_match_query", list.shownQuery == list.query},
          {"last_success",
           list.lastSuccess ? json(core::formatStamp(*list.lastSuccess, {})) : json(nullptr)},
          {"retry", retryJson(list.retry, nowMs)},
          {"recover_in_ms", inMs(list.recoverAtMs, nowMs)},
          {"refresh_in_ms", inMs(list.nextRefreshAtMs, nowMs)}};
}

// The text field being edited (or edited last), as ImGui holds it.
json textInputJson() {
  const ImGuiContext& g = *GImGui;
  const ImGuiInputTextState& input = g.InputTextState;
  if (input.ID == 0) return nullptr;
  // A password field (the access token) is never copied out of the app.
  const bool secret = (input.Flags & ImGuiInputTextFlags_Password) != 0;
  const std::string text = input.TextA.Data != nullptr ? input.TextA.Data : "";
  return {{"id", input.ID},
          {"active", g.ActiveId == input.ID},
          {"password", secret},
          {"text", secret ? std::string(text.empty() ? "" : "[hidden]") : text}};
}

// Every window that can scroll, with its scroll position: lets tests see a list move
// without knowing how the views are built.
json scrollJson() {
  json windows = json::array();
  for (const ImGuiWindow* window : GImGui->Windows) {
    if (!window->Active || (window->ScrollMax.x <= 0 && window->ScrollMax.y <= 0)) continue;
    windows.push_back({{"name", window->Name},
                       {"x", window->Scroll.x},
                       {"y", window->Scroll.y},
                       {"max_x", window->ScrollMax.x},
                       {"max_y", window->ScrollMax.y},
                       {"top", window->InnerRect.Min.y},
                       {"bottom", window->InnerRect.Max.y},
                       {"left", window->InnerRect.Min.x},
                       {"right", window->InnerRect.Max.x}});
  }
  return windows;
}

json detailJson(const core::DetailState& detail, double nowMs) {
  const core::Intervention& intervention = detail.intervention;
  json lines = json::array();
  for (const core::InterventionLine& line : intervention.lines) {
    lines.push_back({{"id", line.id},
                     {"position", line.position},
                     {"date", line.date},
                     {"description", line.description},
                     {"duration", line.durationSeconds},
                     {"product_ref", line.productRef}});
  }
  return {{"status", statusName(detail.status)},
          {"id", detail.id},
          {"ref", intervention.ref},
          {"customer_ref", intervention.customerRef},
          {"contract_ref", intervention.contractRef},
          {"status_value", intervention.status},
          {"duration", intervention.durationSeconds},
          {"lines", std::move(lines)},
          {"error", errorJson(detail.error)},
          {"retry", retryJson(detail.retry, nowMs)}};
}

json downloadsJson(const std::vector<core::DownloadState>& downloads) {
  json list = json::array();
  for (const core::DownloadState& download : downloads) {
    list.push_back({{"id", download.id},
                    {"ref", download.ref},
                    {"action", download.action == core::DocumentAction::Open ? "open" : "save"},
                    {"status", statusName(download.status)},
                    {"file_name", download.fileName},
                    {"bytes_received", download.bytesReceived},
                    {"bytes_total", download.bytesTotal},
                    {"open_blocked", download.openBlocked},
                    {"error", errorJson(download.error)}});
  }
  return list;
}

// Server text may be invalid UTF-8: replace bad bytes instead of failing.
std::string dump(const json& value) {
  return value.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace

std::string stateJson(App& app) {
  const core::AppState& state = app.state();
  const core::ConnectionState& connection = state.connection;
  json snapshot = {
      {"ready", app.ready()},
      {"frames", state.frames},
      {"connection",
       {{"status", statusName(connection.status)},
        {"api", connection.apiRoot},
        {"has_token", connection.hasToken},
        {"provider", connection.discovery.providerName},
        {"capabilities", connection.discovery.capabilities},
        {"cross_origin", connection.crossOrigin},
        {"remembered", connection.remembered},
        {"error", errorJson(connection.error)},
        {"retry", retryJson(connection.retry, state.nowMs)},
        {"recover_in_ms", inMs(connection.recoverAtMs, state.nowMs)},
        {"background", connection.background},
        {"link_root", connection.linkRoot},
        {"configured_root", connection.configuredRoot}}},
      {"route", routeJson(state.route)},
      {"layout", app.narrowLayout() ? "narrow" : "wide"},
      {"list", listJson(state.list, state.nowMs)},
      {"detail", detailJson(state.detail, state.nowMs)},
      {"net",
       {{"api_in_flight", app.apiInFlight()},
        {"retries_sent", state.retriesSent},
        {"page_visible", state.pageVisible}}},
      {"downloads", downloadsJson(state.downloads)},
      {"messages", app.items().lastMessages()},
      {"page_problem", app.pageProblem()},
      {"theme",
       {{"choice", ui::toString(app.appearance().choice())}, {"dark", app.appearance().dark()}}},
      {"text_input", textInputJson()},
      {"font_density", app.fontDensity()},
      {"input",
       {{"want_text", ImGui::GetIO().WantTextInput},
        {"mouse_down", ImGui::GetIO().MouseDown[0]},
        {"ctrl", ImGui::GetIO().KeyCtrl},
        {"display_w", ImGui::GetIO().DisplaySize.x},
        {"framebuffer_scale", ImGui::GetIO().DisplayFramebufferScale.x}}},
      {"scroll", scrollJson()},
      {"kiosk", kioskJson(app)},
  };
  return dump(snapshot);
}

std::string itemsJson(App& app) {
  json items = json::array();
  for (const ui::ItemRecord& item : app.items().lastFrame()) {
    items.push_back({{"id", item.id},
                     {"label", item.label},
                     {"x", item.min.x},
                     {"y", item.min.y},
                     {"w", item.max.x - item.min.x},
                     {"h", item.max.y - item.min.y}});
  }
  return dump(items);
}

}  // namespace fiche::app
