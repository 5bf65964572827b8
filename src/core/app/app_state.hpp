// core/app: everything the views draw from; owned and changed only by the Controller.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/app/intent.hpp"
#include "core/app/route.hpp"
#include "core/kiosk/kiosk_state.hpp"
#include "core/list/list_store.hpp"
#include "core/obapi/query.hpp"
#include "core/obapi/types.hpp"
#include "core/sync/hydrator.hpp"
#include "core/sync/page_loader.hpp"
#include "core/util/clock.hpp"
#include "core/util/result.hpp"

namespace fiche::core {

enum class LoadStatus { Idle, Pending, Ok, Failed };

// A request waiting between two attempts after a transient failure (network, timeout, 429,
// 5xx), so views can say "retrying in 3 s (attempt 2 of 4)" and why.
struct RetryInfo {
  int attempt = 0;  // the attempt sent next, 2..maxAttempts
  int maxAttempts = 0;
  double atMs = 0;  // when, on the monotonic clock (compare with AppState::nowMs)
  Error lastError{};
};

// After the automatic retries gave up on a transient failure, the request is tried again at
// recoverAtMs (monotonic ms; 0 = not scheduled) and then less and less often, until it works
// or the user stops it: a server that restarts is picked up again without anyone clicking.

// apiRoot is the normalised root once a connection was attempted with a valid one (the raw
// input when it was invalid). The token itself is never stored here: only whether there is one.
// crossOrigin: the API is on another origin than the page, so the browser enforces CORS.
//
// linkRoot: the page's link (?api=) asked for this root, on another origin than the one the
// deployment configured (configuredRoot). It is not contacted, and the configured token is
// never sent to it, until the user connects to it explicitly.
// background: the pending discovery is a recovery attempt; the form stays on screen.
struct ConnectionState {
  LoadStatus status = LoadStatus::Idle;
  std::string apiRoot{};
  bool hasToken = false;
  bool crossOrigin = false;
  bool remembered = false;  // root and token are stored on this device
  Discovery discovery{};
  std::optional<Error> error{};
  std::optional<RetryInfo> retry{};
  double recoverAtMs = 0;
  bool background = false;
  std::string linkRoot{};
  std::string configuredRoot{};
};

// The interventions list. query is the one last sent; rows and pagination keep the last data
// received while a new request is Pending, so views keep showing (dimmed) rows. generation
// increases with every request issued; a reply for an older generation is never applied.
// serverSortUnsupported: the server refused the `sort` parameter, so the rows of the page are
// sorted here instead.
// shownQuery is the query the rows on screen answer (it differs from query while a change is
// loading or after it failed). lastSuccess is when rows last arrived (wall clock for the
// stamp, monotonic for "how long ago"). background: the pending request is an automatic
// refresh or recovery, which must not dim or disturb what is on screen.
//
// history: the whole history's background load (every page of the server filter) and the
// details hydrated so far; unused with server pages.
struct HistoryState {
  bool loading = false;  // pages are still coming
  LoadProgress progress{};
  HydrationProgress hydration{};
};

struct ListState {
  LoadStatus status = LoadStatus::Idle;
  InterventionQuery query{};
  InterventionQuery shownQuery{};
  Pagination pagination{};
  bool hasPagination = false;
  ListStore store{};
  bool serverSortUnsupported = false;
  std::optional<Error> error{};
  std::uint64_t generation = 0;
  std::optional<RetryInfo> retry{};
  double recoverAtMs = 0;
  bool background = false;
  std::optional<LocalDateTime> lastSuccess{};
  double lastSuccessMs = 0;
  double nextRefreshAtMs = 0;  // automatic refresh (config refresh_seconds); 0 = none planned
  HistoryState history{};
};

// Rows are on screen but the latest attempt to bring them up to date failed or is being
// retried: views mark them as stale, with the time of the last success.
inline bool isStale(const ListState& list) {
  return list.lastSuccess.has_value() &&
         (list.status == LoadStatus::Failed || list.retry.has_value() || list.recoverAtMs > 0);
}

// The open intervention. id is what the route asked for; intervention is the data received
// for it (kept while a refresh of the same id is Pending).
struct DetailState {
  LoadStatus status = LoadStatus::Idle;
  std::string id{};
  Intervention intervention{};
  std::optional<Error> error{};
  std::uint64_t generation = 0;
  std::optional<RetryInfo> retry{};
};

// A PDF report being fetched or handed over. bytesTotal is -1 when the server did not say.
// openBlocked: "Open" was refused by the browser (popup blocker); the file was saved instead.
struct DownloadState {
  std::uint64_t serial = 0;  // unique per download, for views to tell them apart
  std::string id{};
  std::string ref{};
  DocumentAction action = DocumentAction::Save;
  LoadStatus status = LoadStatus::Idle;
  std::uint64_t bytesReceived = 0;
  std::int64_t bytesTotal = -1;
  std::string fileName{};
  bool openBlocked = false;
  std::optional<Error> error{};
};

struct AppState {
  Route route{};  // what the user asked to see; the URL hash mirrors it
  ConnectionState connection{};
  ListState list{};
  DetailState detail{};
  KioskState kiosk{};  // kiosk mode: the wallboard's data instead of the route's list
  std::vector<DownloadState> downloads{};  // oldest first, a few recent ones
  std::uint64_t frames = 0;                // Controller::poll() calls, i.e. frames run
  double nowMs = 0;                        // the monotonic clock at the last poll()
  LocalDateTime localNow{};                // the wall clock at the last poll()
  bool pageVisible = true;                 // timers (refresh, recovery) wait while hidden
  std::uint64_t retriesSent = 0;           // automatic retries so far, for diagnostics
};

}  // namespace fiche::core
