// core/kiosk: loads the wallboard's data — every page of this and last week's interventions
// and of the validated ones — refreshes it in place, and recovers from failures by itself.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/kiosk/kiosk_state.hpp"
#include "core/net/http.hpp"
#include "core/obapi/types.hpp"
#include "core/sync/page_loader.hpp"
#include "core/util/clock.hpp"

namespace fiche::core {

// What the KioskController borrows from the Controller that owns it; all must outlive it.
struct KioskServices {
  HttpClient& http;  // the Controller's retrying client: transient failures are retried there
  const Clock& clock;
  // The authorised GET for an API URL (token, Accept, timeout).
  std::function<HttpRequest(std::string url)> request;
  // The pause before recovery attempt `round` (0-based), jittered.
  std::function<double(int round)> recoveryDelayMs;
  // Removes the token from a server's text before it is stored in the state.
  std::function<Error(Error)> scrub;
};

// A round loads two queries with a PageLoader each, at most kPagesInFlight requests each:
//   period:  date_start = last week's Monday, date_end = today;
//   waiting: status = validated, date_end = today − waitingDays (only when validated
//            interventions are shown); the day of slack covers servers whose date_end is
//            exclusive, computeBoard re-checks every date anyway.
// No sort is sent (the board sorts itself; SPEC §15.4). Page size: the server's max_per_page
// (at most 200), else its default, else 50.
//
// When both have loaded every page, the board is computed and replaces the old one at once;
// the next round starts refreshSeconds later. A failed query (after the client's own retries)
// keeps the old board and is resumed later — only its missing pages are asked for — unless the
// day changed meanwhile, which starts a new round. A 401 ends the round without recovery:
// onResponse returns the error so the Controller fails the connection.
//
// Single-threaded, driven by the Controller: responses through owns()/onResponse(), time
// through runTimers() (only while the page is visible).
class KioskController {
 public:
  static constexpr int kPagesInFlight = 2;

  KioskController(KioskServices services, KioskState& state);
  KioskController(const KioskController&) = delete;
  KioskController& operator=(const KioskController&) = delete;

  // Kiosk mode with these settings; the board loads at the first load().
  void enable(const KioskConfig& config);
  bool enabled() const { return m_state.enabled; }

  // Starts a new round now (connected, or asked to refresh); cancels the one in flight.
  void load(std::string_view apiRoot, const Discovery& discovery);
  // Stops the round in flight and every timer (the connection is gone); the board stays.
  void cancel();

  bool owns(RequestId id) const;
  // Applies one response of a request owns() claimed. Returns the error when the server
  // refused the token (HTTP 401).
  std::optional<Error> onResponse(const HttpResponse& response, double nowMs,
                                  const LocalDateTime& localNow);
  // Starts the refresh or the recovery that is due. True when it did.
  bool runTimers(double nowMs);
  // When runTimers() has something to do next, or the board turns stale; nullopt = nothing.
  std::optional<double> nextWakeMs(double nowMs) const;
  void setPageVisible(bool visible, double nowMs);

 private:
  void startRound();
  void takePages();
  void finishRound(double nowMs, const LocalDateTime& localNow);
  std::optional<Error> failRound(const Error& error, double nowMs);
  PageLoader::Send sender();

  KioskServices m_services;
  KioskState& m_state;
  PageLoader m_period;
  PageLoader m_waiting;
  bool m_waitingWanted = false;
  std::string m_apiRoot;
  int m_perPage = 0;
  CivilDate m_today{};  // the day the round's queries were made for
  std::vector<InterventionSummary> m_periodItems;
  std::vector<InterventionSummary> m_waitingItems;
  int m_recoveryRound = 0;
};

}  // namespace fiche::core
