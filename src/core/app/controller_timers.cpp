// core/app: Controller — what happens with time: retries on screen, recovery after a failure,
// automatic refresh, stopping, and when the frame loop must wake up for it.
#include <algorithm>
#include <cmath>

#include "core/app/controller.hpp"
#include "core/obapi/api_error.hpp"

namespace fiche::core {
namespace {

// Recovery pauses: 5 s, 10 s, 20 s, 40 s, then every 60 s (each ±25 %), so a server that is
// back is noticed soon and one that stays down is not hammered.
constexpr double kFirstRecoveryMs = 5'000;
constexpr double kMaxRecoveryMs = 60'000;

bool sameRetry(const std::optional<RetryInfo>& a, const std::optional<RetryInfo>& b) {
  if (a.has_value() != b.has_value()) return false;
  return !a || (a->attempt == b->attempt && a->atMs == b->atMs);
}

// The moment a countdown to `target` shown in whole seconds changes next.
double nextSecondTick(double now, double target) {
  const double remaining = target - now;
  const double fraction = std::fmod(remaining, 1000.0);
  return now + (fraction > 1.0 ? fraction : 1000.0);
}

}  // namespace

double Controller::recoveryDelayMs(int round) {
  const double base =
      std::min(kMaxRecoveryMs, kFirstRecoveryMs * std::ldexp(1.0, std::min(round, 8)));
  std::uniform_real_distribution<double> spread(0.75, 1.25);
  return base * spread(m_random);
}

void Controller::scheduleRefresh() {
  if (m_config.refreshSeconds <= 0) return;
  m_state.list.nextRefreshAtMs = m_state.nowMs + m_config.refreshSeconds * 1000.0;
}

void Controller::setPageVisible(bool visible) {
  m_state.pageVisible = visible;  // overdue timers run at the next poll()
  m_kiosk.setPageVisible(visible, m_state.nowMs);
}

bool Controller::runTimers() {
  if (!m_state.pageVisible) return false;
  const double now = m_state.nowMs;
  ConnectionState& connection = m_state.connection;
  if (connection.recoverAtMs > 0 && now >= connection.recoverAtMs) {
    connection.recoverAtMs = 0;
    connection.status = LoadStatus::Pending;
    connection.background = true;
    m_primaryDiscoveryError.reset();
    sendDiscovery(DiscoveryStep::Primary);
    return true;
  }
  if (!canLoad()) return false;
  if (m_kiosk.enabled()) return m_kiosk.runTimers(now);
  ListState& list = m_state.list;
  const bool recoveryDue = list.recoverAtMs > 0 && now >= list.recoverAtMs;
  const bool refreshDue = list.nextRefreshAtMs > 0 && now >= list.nextRefreshAtMs &&
                          m_listRequest == kNoRequest && !list.history.loading;
  if (!recoveryDue && !refreshDue) return false;
  if (recoveryDue && wholeHistory() && m_history.status() == PageLoader::Status::Failed) {
    // The pages that arrived stay; only the missing ones are asked for again.
    list.recoverAtMs = 0;
    list.status = LoadStatus::Pending;
    list.background = true;
    list.history.loading = true;
    m_history.resume();
    return true;
  }
  requestList(/*background=*/true);
  if (!m_state.route.openId.empty() && m_detailRequest == kNoRequest) {
    requestDetail(/*background=*/true);
  }
  return true;
}

void Controller::stopLoading() {
  auto stopped = [] { return Error{.kind = ErrorKind::Cancelled, .message = "Stopped."}; };
  ConnectionState& connection = m_state.connection;
  if (m_discoveryRequest != kNoRequest || connection.recoverAtMs > 0) {
    if (m_discoveryRequest != kNoRequest) m_http.cancel(m_discoveryRequest);
    m_discoveryRequest = kNoRequest;
    connection.retry.reset();
    connection.recoverAtMs = 0;
    connection.background = false;
    if (connection.status == LoadStatus::Pending) {
      connection.status = LoadStatus::Failed;
      connection.error = stopped();
    }
  }
  ListState& list = m_state.list;
  if (m_listRequest != kNoRequest) m_http.cancel(m_listRequest);
  m_listRequest = kNoRequest;
  m_history.cancel();
  list.history.loading = false;
  list.retry.reset();
  list.recoverAtMs = 0;
  list.nextRefreshAtMs = 0;
  if (list.status == LoadStatus::Pending) {
    list.status = LoadStatus::Failed;
    if (!list.error) list.error = stopped();
  }
  list.background = false;
  DetailState& detail = m_state.detail;
  if (m_detailRequest != kNoRequest) m_http.cancel(m_detailRequest);
  m_detailRequest = kNoRequest;
  detail.retry.reset();
  if (detail.status == LoadStatus::Pending) {
    detail.status = LoadStatus::Failed;
    detail.error = stopped();
  }
}

std::optional<RetryInfo> Controller::retryInfoFor(RequestId request) const {
  const RetryState* retry = request == kNoRequest ? nullptr : m_http.retryState(request);
  if (retry == nullptr || retry->attempt <= 1) return std::nullopt;
  return RetryInfo{.attempt = retry->attempt,
                   .maxAttempts = retry->maxAttempts,
                   .atMs = retry->retryAtMs,
                   .lastError = scrubbed(errorFromResponse(retry->lastFailure))};
}

bool Controller::updateRetryInfo() {
  bool changed = false;
  auto update = [&](std::optional<RetryInfo>& shown, RequestId request) {
    std::optional<RetryInfo> now = retryInfoFor(request);
    if (sameRetry(shown, now)) return;
    shown = std::move(now);
    changed = true;
  };
  update(m_state.connection.retry, m_discoveryRequest);
  update(m_state.list.retry,
         m_listRequest != kNoRequest ? m_listRequest : m_history.lowestInFlight());
  update(m_state.detail.retry, m_detailRequest);
  return changed;
}

std::optional<double> Controller::nextWakeMs() const {
  const double now = m_state.nowMs;
  std::optional<double> next = m_http.nextRetryAtMs();
  auto consider = [&](double at) {
    if (at > 0 && (!next || at < *next)) next = at;
  };
  // Countdowns on screen change every second.
  for (const std::optional<RetryInfo>* retry :
       {&m_state.connection.retry, &m_state.list.retry, &m_state.detail.retry}) {
    if (*retry && (*retry)->atMs > now) consider(nextSecondTick(now, (*retry)->atMs));
  }
  if (m_state.pageVisible) {
    for (const double at : {m_state.connection.recoverAtMs, m_state.list.recoverAtMs}) {
      consider(at);
      if (at > now) consider(nextSecondTick(now, at));
    }
    consider(m_state.list.nextRefreshAtMs);
    if (const std::optional<double> kiosk = m_kiosk.nextWakeMs(now)) consider(*kiosk);
  }
  return next;
}

}  // namespace fiche::core
