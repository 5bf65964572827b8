// core/app: Controller — start, intents, routes, the paged list and the open detail.
#include "core/app/controller.hpp"

#include <algorithm>
#include <utility>
#include <vector>

#include "core/app/controller_shared.hpp"
#include "core/app/list_query.hpp"
#include "core/app/view_options.hpp"
#include "core/obapi/api_error.hpp"
#include "core/obapi/decode.hpp"
#include "core/obapi/endpoints.hpp"
#include "core/util/origin.hpp"

namespace fiche::core {
using controller_detail::kInterventions;
using controller_detail::kJson;
using controller_detail::normalised;

namespace {

// An OBAPI JSON answer normally takes well under a second; a server that has not answered
// in this long is not going to, and the user deserves to hear so (then it is retried).
constexpr std::uint32_t kJsonTimeoutMs = 20'000;
// Connecting by hand: one quick retry, then the user hears what happened.
constexpr int kInteractiveDiscoveryAttempts = 2;

}  // namespace

Controller::Controller(ControllerServices services)
    : m_services(std::move(services)),
      m_http(m_services.http, m_services.clock, m_services.retry, m_services.randomSeed),
      m_random(m_services.randomSeed + 1),
      m_kiosk(kioskServices(), m_state.kiosk) {}

void Controller::start(const AppConfig& deployment, const UrlOverrides& overrides,
                       const Route& route) {
  m_config = deployment;
  AppConfig config = deployment;
  applyOverrides(config, overrides);
  if (isKioskMode(config.mode)) m_kiosk.enable(config.kiosk);
  m_state.nowMs = m_services.clock.monotonicMs();
  m_state.route = normalised(route, {});
  std::optional<SavedCredentials> saved = m_services.credentials.load();
  m_state.connection.remembered = saved.has_value();
  if (overrides.api && !deployment.token.empty() &&
      originOf(*overrides.api) != originOf(deployment.api)) {
    // The configured token belongs to the configured server: a link must not send it
    // elsewhere. The user sees the link's address and decides.
    const Result<std::string> link = normaliseApiRoot(*overrides.api);
    m_state.connection.linkRoot = link.ok() ? link.value() : *overrides.api;
    m_state.connection.configuredRoot = deployment.api;
    return;
  }
  ConnectIntent intent{.apiRoot = config.api, .token = config.token};
  // Remembered credentials fill in what the deployment left open: the whole connection, or
  // the token for the same server.
  const Result<std::string> configuredRoot = normaliseApiRoot(config.api);
  const bool sameServer = configuredRoot.ok() && saved && configuredRoot.value() == saved->apiRoot;
  if (saved && (config.api.empty() || (config.token.empty() && sameServer))) {
    intent.apiRoot = saved->apiRoot;
    intent.token = saved->token;
    intent.remember = true;
  }
  if (intent.apiRoot.empty()) {
    m_token = intent.token;
    m_state.connection.hasToken = !intent.token.empty();
    return;
  }
  // Nobody is watching a page that connects by itself (a kiosk): it gets the full retries,
  // and recovers on its own from a server that is down.
  connect(intent, 0);
  m_recoverConnection = true;
}

void Controller::apply(const Intent& intent) {
  if (const auto* connectIntent = std::get_if<ConnectIntent>(&intent)) {
    connect(*connectIntent, kInteractiveDiscoveryAttempts);
  } else if (std::holds_alternative<ConnectConfiguredIntent>(intent)) {
    connect({.apiRoot = m_config.api, .token = m_config.token}, kInteractiveDiscoveryAttempts);
  } else if (std::holds_alternative<RefreshIntent>(intent)) {
    refresh();
  } else if (std::holds_alternative<StopLoadingIntent>(intent)) {
    stopLoading();
  } else if (const auto* navigateIntent = std::get_if<NavigateIntent>(&intent)) {
    navigate(navigateIntent->route);
  } else if (const auto* documentIntent = std::get_if<DocumentIntent>(&intent)) {
    download(*documentIntent);
  } else if (std::holds_alternative<ForgetDeviceIntent>(intent)) {
    forgetDevice();
  } else if (const auto* visible = std::get_if<VisibleRowsIntent>(&intent)) {
    m_hydrator.setVisible(visible->ids);
    updateHydration();
  } else if (const auto* selectIntent = std::get_if<SelectIntent>(&intent)) {
    select(*selectIntent);
  }
  m_state.list.store.refresh();
}

bool Controller::poll() {
  ++m_state.frames;
  m_state.nowMs = m_services.clock.monotonicMs();
  m_state.localNow = m_services.clock.localNow();
  std::vector<HttpResponse> completed;
  m_http.poll(completed);
  bool changed = false;
  bool historyArrived = false;
  for (const HttpResponse& response : completed) {
    if (response.id == kNoRequest) continue;
    if (m_hydrator.owns(response.id)) {
      m_hydrator.onResponse(response);  // shown when updateHydration() says so
      continue;
    }
    changed = true;
    if (m_history.owns(response.id)) {
      m_history.onResponse(response);
      historyArrived = true;
    } else if (response.id == m_discoveryRequest) {
      m_discoveryRequest = kNoRequest;
      onDiscovery(response);
    } else if (response.id == m_listRequest) {
      m_listRequest = kNoRequest;
      onList(response);
    } else if (response.id == m_detailRequest) {
      m_detailRequest = kNoRequest;
      onDetail(response);
    } else if (m_kiosk.owns(response.id)) {
      onKioskResponse(response);
    } else if (auto pending =
                   std::find_if(m_downloadRequests.begin(), m_downloadRequests.end(),
                                [&](const PendingDownload& p) { return p.request == response.id; });
               pending != m_downloadRequests.end()) {
      const std::uint64_t serial = pending->serial;
      m_downloadRequests.erase(pending);
      onDownload(serial, response);
    } else {
      changed = false;  // answers a superseded request: dropped
    }
  }
  if (historyArrived) onHistoryProgress();
  changed |= runTimers();
  changed |= updateRetryInfo();
  // Details indexed since the last redraw reach the results with the next change, or when
  // the hydration meter is due (a few times a second), not one frame per detail.
  const bool hydrationShown = updateHydration();
  if (changed || hydrationShown) changed |= m_state.list.store.refresh();
  changed |= hydrationShown;
  m_state.retriesSent = m_http.retriesSent();
  return updateDownloadProgress() || changed;
}

void Controller::navigate(Route route) {
  route = normalised(std::move(route), m_state.connection.discovery);
  const Route previous = std::exchange(m_state.route, std::move(route));
  Route& current = m_state.route;
  applyViewOptions();
  // Typing an exact ref opens it (a phone call quotes the ref).
  if (wholeHistory() && current.search != previous.search) {
    if (const InterventionSummary* row = m_state.list.store.findByRef(current.search)) {
      current.openId = row->id;
    }
  }
  if (!canLoad()) return;  // loaded once connected
  if (!sameListRequest(previous, current)) requestList();
  if (current.openId != previous.openId) {
    if (current.openId.empty()) {
      closeDetail();
    } else {
      requestDetail();
    }
  }
}

void Controller::applyViewOptions() {
  ListState& list = m_state.list;
  const Route& route = m_state.route;
  if (wholeHistory()) {
    // The route's order; else the server's (newest first), or that order done here when the
    // server cannot sort.
    SortSpec order = parseSortSpec(route.order).value_or(SortSpec{});
    if (order.empty() && list.serverSortUnsupported) {
      order = {{.column = SortColumn::Date, .descending = true}};
    }
    list.store.setSearch(route.search);
    list.store.setSort(std::move(order));
    list.store.setGroupBy(parseGroupBy(route.group).value_or(GroupBy::None));
    return;
  }
  // Server pages: the route's client sort; else, when the server cannot sort, its sort here.
  std::optional<ClientSort> sort = parseClientSort(route.clientSort);
  if (!sort && list.serverSortUnsupported) {
    sort = parseClientSort(effectiveServerSort(route));
  }
  list.store.setSearch("");
  list.store.setGroupBy(GroupBy::None);
  list.store.setClientSort(sort);  // reorders only when it changed
}

void Controller::refresh() {
  if (!canLoad()) {
    // "Retry now" on a connection that is recovering by itself.
    if (m_state.connection.recoverAtMs > 0) m_state.connection.recoverAtMs = m_state.nowMs;
    return;
  }
  loadRoute();
}

void Controller::forgetDevice() {
  m_services.credentials.forget();
  m_state.connection.remembered = false;
  m_rememberAfterConnect = false;
}

void Controller::cancelAll() {
  for (RequestId* request : {&m_discoveryRequest, &m_listRequest, &m_detailRequest}) {
    if (*request != kNoRequest) m_http.cancel(*request);
    *request = kNoRequest;
  }
  m_history.cancel();
  m_hydrator.reset();
  m_state.connection.retry.reset();
  m_state.connection.recoverAtMs = 0;
  m_state.list.retry.reset();
  m_state.list.recoverAtMs = 0;
  m_state.list.nextRefreshAtMs = 0;
  m_state.detail.retry.reset();
  m_kiosk.cancel();
  for (const PendingDownload& pending : m_downloadRequests) m_http.cancel(pending.request);
  m_downloadRequests.clear();
  for (DownloadState& download : m_state.downloads) {
    if (download.status == LoadStatus::Pending) {
      download.status = LoadStatus::Failed;
      download.error = Error{.kind = ErrorKind::Cancelled, .message = "Cancelled."};
    }
  }
}

bool Controller::canLoad() const {
  return m_state.connection.status == LoadStatus::Ok &&
         m_state.connection.discovery.has(kInterventions);
}

void Controller::loadRoute() {
  if (m_kiosk.enabled()) {
    m_kiosk.load(m_state.connection.apiRoot, m_state.connection.discovery);
    return;
  }
  requestList();
  if (m_state.route.openId.empty()) {
    closeDetail();
  } else {
    requestDetail();
  }
}

std::uint32_t Controller::timeoutMs() const {
  return m_config.timeoutSeconds > 0 ? static_cast<std::uint32_t>(m_config.timeoutSeconds) * 1000
                                     : kJsonTimeoutMs;
}

HttpRequest Controller::authorised(std::string url, std::string accept) const {
  HttpRequest request{
      .url = std::move(url), .headers = {{"Accept", std::move(accept)}}, .timeoutMs = timeoutMs()};
  if (!m_token.empty()) request.headers.push_back({"Authorization", "Bearer " + m_token});
  return request;
}

void Controller::requestList(bool background) {
  if (m_listRequest != kNoRequest) m_http.cancel(m_listRequest);
  m_listRequest = kNoRequest;
  if (wholeHistory()) {
    startHistory(background);
    return;
  }
  m_history.cancel();
  beginListLoad(background);
  m_listRequest = m_http.send(authorised(
      interventionsUrl(m_state.connection.apiRoot, m_state.list.query), std::string(kJson)));
}

void Controller::markListShown() {
  ListState& list = m_state.list;
  list.status = LoadStatus::Ok;
  list.error.reset();
  list.background = false;
  list.shownQuery = list.query;
  list.lastSuccess = m_state.localNow;
  list.lastSuccessMs = m_state.nowMs;
  if (m_rememberAfterConnect) {
    // Only credentials that worked are worth remembering.
    m_services.credentials.save({.apiRoot = m_state.connection.apiRoot, .token = m_token});
    m_state.connection.remembered = true;
    m_rememberAfterConnect = false;
  }
}

void Controller::beginListLoad(bool background) {
  ListState& list = m_state.list;
  ++list.generation;
  list.status = LoadStatus::Pending;
  list.background = background;
  list.retry.reset();
  list.recoverAtMs = 0;
  list.nextRefreshAtMs = 0;
  // An error stays visible while a background attempt runs: the rows are still stale.
  if (!background) list.error.reset();
  list.query = listQueryFor(m_state.route, m_state.connection.discovery, m_services.clock.today(),
                            !list.serverSortUnsupported);
}

void Controller::requestDetail(bool background) {
  if (m_detailRequest != kNoRequest) m_http.cancel(m_detailRequest);
  DetailState& detail = m_state.detail;
  ++detail.generation;
  if (detail.id != m_state.route.openId) {
    detail.id = m_state.route.openId;
    detail.intervention = Intervention{};
  }
  detail.retry.reset();
  // A background refresh of the same intervention leaves it on screen as it is.
  if (!background || detail.status != LoadStatus::Ok) {
    detail.status = LoadStatus::Pending;
    detail.error.reset();
  }
  m_detailRequest = m_http.send(
      authorised(interventionUrl(m_state.connection.apiRoot, detail.id), std::string(kJson)));
}

void Controller::closeDetail() {
  if (m_detailRequest != kNoRequest) m_http.cancel(m_detailRequest);
  m_detailRequest = kNoRequest;
  m_state.detail = DetailState{.generation = m_state.detail.generation + 1};
}

void Controller::onList(const HttpResponse& response) {
  ListState& list = m_state.list;
  if (isSuccess(response)) {
    Result<InterventionPage> page = decodeInterventionPage(response.body);
    if (page) {
      InterventionPage received = std::move(page).value();
      list.pagination = received.pagination;
      list.hasPagination = received.hasPagination;
      list.store.replace(std::move(received.items));
      markListShown();
      m_listRecoveryRound = 0;
      scheduleRefresh();
      return;
    }
    Error error = page.error();
    error.httpStatus = response.status;
    failList(scrubbed(std::move(error)), /*recoverable=*/true);  // e.g. a proxy's page
    return;
  }
  Error error = scrubbed(errorFromResponse(response));
  const bool sortRefused = (error.httpStatus == 400 || error.httpStatus == 422) &&
                           !list.query.sort.empty() && !list.serverSortUnsupported;
  if (sortRefused) {
    // SPEC §15.4: sort values are unverified for interventions. Ask again without them.
    list.serverSortUnsupported = true;
    applyViewOptions();
    requestList();
    return;
  }
  if (error.httpStatus == 401) {
    failList(error, false);
    failConnection(std::move(error));
    return;
  }
  failList(std::move(error), isTransient(response));
}

void Controller::failList(Error error, bool recoverable) {
  ListState& list = m_state.list;
  list.status = LoadStatus::Failed;
  list.error = std::move(error);
  list.background = false;
  if (recoverable) list.recoverAtMs = m_state.nowMs + recoveryDelayMs(m_listRecoveryRound++);
}

void Controller::onDetail(const HttpResponse& response) {
  DetailState& detail = m_state.detail;
  if (isSuccess(response)) {
    Result<Intervention> intervention = decodeIntervention(response.body);
    if (intervention) {
      detail.intervention = std::move(intervention).value();
      detail.status = LoadStatus::Ok;
      detail.error.reset();
      // The user's own detail hydrates its row too.
      if (wholeHistory()) m_state.list.store.attachDetail(detail.intervention);
      return;
    }
    Error error = intervention.error();
    error.httpStatus = response.status;
    detail.status = LoadStatus::Failed;
    detail.error = scrubbed(std::move(error));
    return;
  }
  Error error = scrubbed(errorFromResponse(response));
  detail.status = LoadStatus::Failed;
  detail.error = error;
  if (error.httpStatus == 401) failConnection(std::move(error));
}

}  // namespace fiche::core
