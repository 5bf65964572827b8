// core/sync: loads every page of one list query in the background, a few requests at a time.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <utility>
#include <vector>

#include "core/net/http.hpp"
#include "core/obapi/query.hpp"
#include "core/obapi/types.hpp"
#include "core/util/result.hpp"

namespace fiche::core {

// One page as it arrived; `first` is the position of its first item in the server's order
// ((page - 1) · perPage), so rows from pages arriving out of order keep the server's order.
struct LoadedPage {
  int page = 0;
  std::int64_t first = 0;
  std::vector<InterventionSummary> items{};
};

struct LoadProgress {
  std::int64_t itemsLoaded = 0;
  std::int64_t itemsTotal = -1;  // the server's total_items; -1 = not said
  int pagesLoaded = 0;
  int pagesTotal = -1;  // the server's total_pages (capped at kMaxPages); -1 = not known yet
  bool capped = false;  // the server has more than kMaxPages pages: the rest is not loaded
};

// The loader's own limits: a server claiming absurd totals must not make it run forever.
inline constexpr int kMaxPages = 5000;  // 1,000,000 interventions at 200 per page

// Page 1 goes first; its pagination says how many pages there are. The others follow with at
// most `concurrency` requests in flight, lowest page first. Without total_pages, pages are
// requested ahead speculatively and loading stops at the first page isLastPage() calls the
// last (empty, short, or at total_pages: SPEC §15.3); requests beyond it are cancelled and
// their pages dropped. At most kMaxPages pages are loaded. A failed page stops the
// loader (after the HttpClient's own retries): what arrived is kept, resume() asks again for
// exactly the pages still missing.
//
// The loader owns no connection details: `send` turns a page's query into a request (URL,
// token) and returns its id. It never completes synchronously; the owner routes every
// response whose id owns() to onResponse(), then drains takePages().
class PageLoader {
 public:
  enum class Status { Idle, Loading, Done, Failed };
  using Send = std::function<RequestId(const InterventionQuery&)>;

  explicit PageLoader(HttpClient& http) : m_http(http) {}
  PageLoader(const PageLoader&) = delete;
  PageLoader& operator=(const PageLoader&) = delete;
  ~PageLoader() { cancel(); }

  // Cancels any load in flight and starts loading `query` (its page is ignored: page 1 first).
  // query.perPage must be > 0: it is what tells a short page.
  void start(const InterventionQuery& query, int concurrency, Send send);
  // Cancels every request in flight; status becomes Idle unless the load had ended.
  void cancel();
  // After a failure: asks again for the missing pages.
  void resume();

  bool owns(RequestId id) const { return m_inFlight.contains(id); }
  void onResponse(const HttpResponse& response);
  // Pages received since the last call, in the order they arrived.
  std::vector<LoadedPage> takePages() { return std::exchange(m_arrived, {}); }

  Status status() const { return m_status; }
  const LoadProgress& progress() const { return m_progress; }
  // Why the load stopped (Failed), with the HTTP status (401 means the token stopped working).
  const std::optional<Error>& error() const { return m_error; }
  // The query being loaded (page 1).
  const InterventionQuery& query() const { return m_query; }
  std::size_t requestsInFlight() const { return m_inFlight.size(); }
  // The request for the lowest page in flight (kNoRequest when none): the one worth showing.
  RequestId lowestInFlight() const;

 private:
  void fill();
  void finishIfComplete();
  void endAt(int lastPage);
  bool pageWanted(int page) const;
  bool received(int page) const;
  bool inFlight(int page) const;

  HttpClient& m_http;
  Send m_send;
  InterventionQuery m_query{};
  int m_concurrency = 1;
  std::int64_t m_perPage = 1;  // what a full page holds
  Status m_status = Status::Idle;
  LoadProgress m_progress{};
  std::optional<Error> m_error{};
  std::map<RequestId, int> m_inFlight;  // request -> page
  std::vector<bool> m_received;         // index page - 1
  int m_lastPage = -1;                  // known last page; -1 = not known
  std::vector<LoadedPage> m_arrived;
};

}  // namespace fiche::core
