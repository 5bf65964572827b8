// core/app: the Controller owns AppState, turns intents into requests and replies into state.
#pragma once

#include <optional>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include <map>
#include <unordered_set>

#include "core/app/app_state.hpp"
#include "core/app/intent.hpp"
#include "core/app/services.hpp"
#include "core/config/config.hpp"
#include "core/config/url_overrides.hpp"
#include "core/kiosk/kiosk_controller.hpp"
#include "core/net/http.hpp"
#include "core/net/retrying_http_client.hpp"

namespace fiche::core {

// What the Controller works with; every reference must outlive it. pageOrigin is the origin
// the page was loaded from ("" when unknown), to tell cross-origin APIs apart. retry and
// randomSeed configure the automatic retries (tests fix the seed to know the jitter).
struct ControllerServices {
  HttpClient& http;
  DocumentSink& documents;
  CredentialStore& credentials;
  const Clock& clock;
  std::string pageOrigin{};
  RetryPolicy retry{};
  std::uint32_t randomSeed = 1;
};

// Single-threaded: call everything from the frame loop (apply() after the views, poll()
// before them).
//
// Connecting: GET {root}/obapi/v1 without credentials; on a non-2xx status or an undecodable
// body, GET {root}/obapi/v1/discovery. Network errors and timeouts fail the connection at
// once. With the "interventions" capability, the list (and the open detail) of the current
// route are requested with "Authorization: Bearer <token>".
//
// Routes: a NavigateIntent changes what is on screen. Only the requests whose inputs changed
// are sent — at most one list request and one detail request; a client-side sort only
// reorders the loaded rows. The list keeps its rows while the next page loads.
//
// The whole history (the default; Route::serverPages off): a PageLoader fetches every page of
// the server filter, three requests at a time, into the ListStore, in page order; page 1's
// rows replace the previous filter's, so the old rows stay until then. Search, order and
// grouping are applied to the loaded rows, within the frame; typing an exact ref opens it. A
// Hydrator fetches the rows' details (rows on screen first, two at a time, never while the
// user's own detail or PDF requests run), so search and grouping reach contracts and lines.
// A refresh reloads every page in place and drops the rows no longer there at the end.
//
// Replies: each slot (discovery, list, detail, each download) remembers its one current
// RequestId; a reply carrying any other id is dropped, so a superseded request can never
// overwrite newer state. Superseded requests are cancelled.
//
// Errors: a 401 anywhere fails the connection (the UI shows the connection screen, the route is
// kept). A server refusing the `sort` parameter (400/422) gets the request again without it,
// and the page is sorted here.
//
// Faults: every request is a GET and goes through a RetryingHttpClient, so transient failures
// (network, timeout, 429, 5xx) are retried a few times with backoff (Retry-After honoured)
// before they count. After that, a failed list or connection is recovered on its own: tried
// again after a growing pause (AppState's recoverAtMs) until it works or StopLoadingIntent.
// While a reload fails, the rows of the last success stay (isStale). Timers run from poll():
// nextWakeMs() says when the frame loop must call it again; they wait while the page is hidden.
//
// Refresh: with AppConfig::refreshSeconds, the list (and the open detail) is reloaded that
// often in the background, in place: rows, selection and the route stay as they are.
//
// Links: when ?api= names another origin than config.json's api and config.json carries a
// token, nothing is sent there (not even discovery) until the user connects to it: the link
// is shown on the connection screen (ConnectionState::linkRoot).
//
// Kiosk: when the mode (config.json or ?mode=) is "kiosk", a connection loads the wallboard's
// data (KioskController, AppState::kiosk) instead of the route's list and detail, with the
// same token, retries and timeouts; its refreshes and recoveries are timers like the others.
//
// The token is kept privately: it never appears in AppState, and is scrubbed from any server
// message stored there. It is stored on the device only when ConnectIntent::remember asks.
class Controller {
 public:
  explicit Controller(ControllerServices services);
  Controller(const Controller&) = delete;
  Controller& operator=(const Controller&) = delete;

  // Starts from the deployment's config, the page URL's overrides and the initial route.
  // Without an api root, remembered credentials are used; without either, the connection
  // stays Idle (the UI asks for it).
  void start(const AppConfig& config, const UrlOverrides& overrides, const Route& route);

  void apply(const Intent& intent);

  // Collects completions (and download progress) from the HttpClient, applies them and runs
  // the timers that are due. True when the state changed (the app then draws another frame).
  bool poll();

  // The monotonic time at which poll() has something to do next (a retry, a recovery, a
  // refresh, or a countdown on screen to update); nullopt when nothing is planned.
  std::optional<double> nextWakeMs() const;

  // The page was hidden or shown again; hidden pages do not refresh or recover.
  void setPageVisible(bool visible);

  const AppState& state() const { return m_state; }

 private:
  enum class DiscoveryStep { Primary, Alternate };
  struct PendingDownload {
    RequestId request = kNoRequest;
    std::uint64_t serial = 0;  // DownloadState::serial
  };

  void connect(const ConnectIntent& intent, int discoveryAttempts = 0);
  void navigate(Route route);
  void refresh();
  bool wholeHistory() const { return !m_state.route.serverPages; }
  void startHistory(bool background);
  bool onHistoryProgress();
  void onHistoryFailed(Error error);
  // Attaches the details that arrived, sends more; true when the hydration meter is due.
  bool updateHydration();
  void applyViewOptions();
  void select(const SelectIntent& intent);
  void stopLoading();
  bool runTimers();
  bool updateRetryInfo();
  std::optional<RetryInfo> retryInfoFor(RequestId request) const;
  double recoveryDelayMs(int round);
  void scheduleRefresh();

  void download(const DocumentIntent& intent);
  void forgetDevice();
  void cancelAll();
  bool canLoad() const;
  void loadRoute();  // list + detail of the current route
  void sendDiscovery(DiscoveryStep step);
  void requestList(bool background = false);
  // The list's state for a new load (paged or whole history): pending, its query, no retry.
  void beginListLoad(bool background);
  // Rows of the list's query are on screen: Ok, when, and the credentials kept if asked.
  void markListShown();
  void requestDetail(bool background = false);
  void closeDetail();
  HttpRequest authorised(std::string url, std::string accept) const;
  void onDiscovery(const HttpResponse& response);
  void onList(const HttpResponse& response);
  void failList(Error error, bool recoverable);
  std::uint32_t timeoutMs() const;
  void onDetail(const HttpResponse& response);
  void onDownload(std::uint64_t serial, const HttpResponse& response);
  DownloadState* findDownload(std::uint64_t serial);
  bool updateDownloadProgress();
  void failConnection(Error error);
  void trimDownloads();
  Error scrubbed(Error error) const;
  std::string scrubbedText(std::string text) const;
  KioskServices kioskServices();                       // controller_kiosk.cpp
  void onKioskResponse(const HttpResponse& response);  // controller_kiosk.cpp

  ControllerServices m_services;
  RetryingHttpClient m_http;
  AppState m_state;
  std::string m_token;
  AppConfig m_config;  // as the deployment gave it (before the link's overrides)
  bool m_rememberAfterConnect = false;
  RequestId m_discoveryRequest = kNoRequest;
  RequestId m_listRequest = kNoRequest;
  RequestId m_detailRequest = kNoRequest;
  std::vector<PendingDownload> m_downloadRequests;
  std::uint64_t m_nextDownloadSerial = 1;
  DiscoveryStep m_discoveryStep = DiscoveryStep::Primary;
  int m_discoveryAttempts = 0;  // per discovery URL; 0 = the retry policy's
  std::optional<Error> m_primaryDiscoveryError;
  bool m_recoverConnection = false;  // the connection was made by start(), not by the user
  int m_listRecoveryRound = 0;
  int m_connectionRecoveryRound = 0;
  std::minstd_rand m_random;

  PageLoader m_history{m_http};
  Hydrator m_hydrator{m_http, kHydrationConcurrency};
  static constexpr int kHistoryConcurrency = 3;
  static constexpr int kHydrationConcurrency = 2;
  std::map<int, LoadedPage> m_pagesWaiting;  // arrived ahead of a lower page
  int m_nextPageToStore = 1;
  bool m_replaceOnFirstPage = false;  // page 1 of a new filter replaces the old rows
  bool m_historyRefresh = false;      // the load in progress is a refresh in place
  std::unordered_set<std::string> m_seenInRefresh;
  static constexpr double kHydrationRedrawMs = 250;
  double m_hydrationShownMs = 0;  // when the hydration meter last changed on screen
  KioskController m_kiosk;        // after m_state and m_http, which it uses
};

}  // namespace fiche::core
