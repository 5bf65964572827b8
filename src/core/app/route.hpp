// core/app: Route — what is on screen, and the URL hash that mirrors it (never the token).
#pragma once

#include <string>
#include <string_view>

#include "core/util/date_range.hpp"

namespace fiche::core {

// Defaults mean "not chosen"; formatRoute leaves them out of the hash.
//
// Two ways to list: the whole history (default) loads every page of the server-side filter
// (period, status) and sorts, searches and groups in the browser (search, order, group);
// serverPages pages through the server instead (sort, clientSort, page, perPage), for servers
// or users that want one page at a time. lens and hoursPerDay choose how durations are shown
// in both.
struct Route {
  bool serverPages = false;  // page through the server instead of loading the whole history
  DatePreset period = DatePreset::All;
  std::string from{};    // YYYY-MM-DD, only meaningful for Custom (either may be empty)
  std::string to{};      // YYYY-MM-DD, same
  std::string status{};  // "" = all statuses
  // Whole history:
  std::string search{};  // the quick search box, as typed
  std::string order{};   // "" (server order) or a parseSortSpec() text ("status_asc,date_desc")
  std::string group{};   // "" or a parseGroupBy() key ("month", "week", "status", "contract")
  // Server pages:
  std::string sort{};        // server sort: "" (server default), "date_desc", "date_asc",
                             // "ref_asc", "ref_desc"
  std::string clientSort{};  // "" or "duration_asc", "duration_desc", "status_asc", "status_desc"
  int page = 1;              // 1-based
  int perPage = 0;           // 0 = default
  // Both:
  std::string lens{};    // "" (h:mm), "hours" or "days"
  int hoursPerDay = 0;   // the days lens's working day; 0 = 8
  std::string openId{};  // intervention whose detail is open; "" = none
  bool operator==(const Route&) const = default;
};

// "#/interventions", then "?k=v&..." with only the keys that differ from their default, in
// the fixed order period, from, to, status, paging, q, order, group, sort, csort, page,
// per_page, lens, day, open; values percent-encoded. from and to are written only for a Custom
// period. Values are written as they are, valid or not: parseRoute is where they are checked.
std::string formatRoute(const Route& route);

// Reads a hash (the leading '#' optional); never fails. The path must be "/interventions"
// (a trailing '/' tolerated); any other path, an empty hash or "#/" give the default Route.
// Unknown keys are ignored; when a key repeats, the last one counts. Each invalid value falls
// back to its own default without affecting the others:
// - period: a presetKey(); from/to: parseIsoDate-valid, kept only when period is custom;
// - status: 1..32 characters of [a-z0-9_-];
// - paging: "server" or nothing;
// - q: at most 200 bytes, no control characters; order: parseSortSpec-valid; group:
//   parseGroupBy-valid; lens: "hours" or "days"; day: 1..24;
// - sort and csort: only the values listed on Route;
// - page: 1..1000000, per_page: 1..1000 (plain decimal digits);
// - open: 1..128 bytes, no control characters.
// For every Route whose fields are valid in this sense, parseRoute(formatRoute(r)) == r.
Route parseRoute(std::string_view hash);

}  // namespace fiche::core
