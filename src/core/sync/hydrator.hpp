// core/sync: fetches the details of listed interventions in the background — the rows on screen
// first, then the rest in list order — a few at a time, never the same one twice.
#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include "core/net/http.hpp"
#include "core/obapi/types.hpp"
#include "core/util/result.hpp"

namespace fiche::core {

struct HydrationProgress {
  std::size_t hydrated = 0;  // details received
  std::size_t failed = 0;    // details that could not be had (not found, forbidden, broken)
  std::size_t known = 0;     // distinct ids ever enqueued
};

// The list (search over line texts, grouping by contract) needs what only the detail endpoint
// has. The Hydrator asks for it at low priority:
// - at most `concurrency` requests in flight, none while paused (the user's own requests are
//   in flight: they must never wait behind background work);
// - ids on screen (setVisible) go before the backlog (enqueue, in the order given);
// - an id is asked for once: a failure is final for the session (the HttpClient has already
//   retried transient ones), except a 401, which stops everything (stopped()) so the owner
//   can fail the connection; forget() lets an id be asked for again (its row changed).
// `send` turns an id into a request (URL, token). The owner routes responses it owns() to
// onResponse(), calls pump() after changes, and drains takeDetails().
class Hydrator {
 public:
  using Send = std::function<RequestId(const std::string& id)>;

  Hydrator(HttpClient& http, int concurrency) : m_http(http), m_concurrency(concurrency) {}
  Hydrator(const Hydrator&) = delete;
  Hydrator& operator=(const Hydrator&) = delete;
  ~Hydrator() { reset(); }

  // Cancels what is in flight and forgets everything (a new connection or server filter).
  void reset();
  void setSend(Send send) { m_send = std::move(send); }
  void enqueue(const std::vector<InterventionSummary>& rows);
  // The ids the user sees now; they jump the queue.
  void setVisible(std::vector<std::string> ids);
  void setPaused(bool paused) { m_paused = paused; }
  void forget(const std::string& id);
  // Sends what the limits allow.
  void pump();

  bool owns(RequestId id) const { return m_inFlight.contains(id); }
  void onResponse(const HttpResponse& response);
  std::vector<Intervention> takeDetails() { return std::exchange(m_arrived, {}); }

  const HydrationProgress& progress() const { return m_progress; }
  bool hasWork() const { return !m_queue.empty() || !m_visible.empty(); }
  std::size_t requestsInFlight() const { return m_inFlight.size(); }
  // A 401 stopped hydration; cleared by reset().
  const std::optional<Error>& stopped() const { return m_stopped; }

 private:
  std::optional<std::string> nextId();

  HttpClient& m_http;
  int m_concurrency = 1;
  Send m_send;
  bool m_paused = false;
  std::deque<std::string> m_queue;
  std::vector<std::string> m_visible;
  std::unordered_set<std::string> m_known;  // ever enqueued
  std::unordered_set<std::string> m_asked;  // requested (in flight or finished)
  std::map<RequestId, std::string> m_inFlight;
  std::vector<Intervention> m_arrived;
  HydrationProgress m_progress{};
  std::optional<Error> m_stopped{};
};

}  // namespace fiche::core
