// app: test snapshots.
#include "app/test_surface.hpp"

#include <nlohmann/json.hpp>

#include "core/util/duration.hpp"

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

json listJson(const core::ListState& list) {
  json rows = json::array();
  for (const core::InterventionSummary& item : list.page.items) {
    rows.push_back({{"id", item.id},
                    {"ref", item.ref},
                    {"date", item.date},
                    {"duration", item.durationSeconds},
                    {"duration_text", core::formatDuration(item.durationSeconds)},
                    {"status", item.status}});
  }
  const core::Pagination& pagination = list.page.pagination;
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
          {"error", errorJson(list.error)}};
}

// Server text may be invalid UTF-8: replace bad bytes instead of failing.
std::string dump(const json& value) {
  return value.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace

std::string stateJson(const App& app) {
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
        {"error", errorJson(connection.error)}}},
      {"list", listJson(state.list)},
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
