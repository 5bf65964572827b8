// core/net: RetryingHttpClient — attempts, timers and delivery.
#include "core/net/retrying_http_client.hpp"

#include <utility>

namespace fiche::core {
namespace {

constexpr std::size_t kKeptFailureBody = 16 * 1024;

}  // namespace

RetryingHttpClient::RetryingHttpClient(HttpClient& inner, const Clock& clock, RetryPolicy policy,
                                       std::uint32_t seed)
    : m_inner(inner), m_clock(clock), m_policy(withDefaults(policy)), m_random(seed) {}

RetryingHttpClient::~RetryingHttpClient() {
  for (const auto& [id, entry] : m_requests) {
    if (entry.inner != kNoRequest) m_inner.cancel(entry.inner);
  }
}

RequestId RetryingHttpClient::send(HttpRequest request) {
  const RequestId id = m_nextId++;
  Entry& entry = m_requests[id];
  entry.state.maxAttempts = request.maxAttempts > 0 ? request.maxAttempts : m_policy.maxAttempts;
  entry.request = std::move(request);
  sendAttempt(entry);
  m_byInner[entry.inner] = id;
  return id;
}

void RetryingHttpClient::sendAttempt(Entry& entry) {
  entry.state.retryAtMs = 0;
  entry.inner = m_inner.send(entry.request);
}

void RetryingHttpClient::cancel(RequestId id) {
  const auto it = m_requests.find(id);
  if (it == m_requests.end()) return;
  if (it->second.inner != kNoRequest) {
    m_inner.cancel(it->second.inner);
    m_byInner.erase(it->second.inner);
  }
  m_requests.erase(it);
}

void RetryingHttpClient::poll(std::vector<HttpResponse>& completed) {
  const double now = m_clock.monotonicMs();
  for (auto& [id, entry] : m_requests) {
    if (entry.inner != kNoRequest || entry.state.retryAtMs > now) continue;
    sendAttempt(entry);
    m_byInner[entry.inner] = id;
    ++m_retriesSent;
  }

  m_arrived.clear();
  m_inner.poll(m_arrived);
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  for (HttpResponse& response : m_arrived) {
    const auto inner = m_byInner.find(response.id);
    if (inner == m_byInner.end()) continue;  // cancelled meanwhile: the contract says dropped
    const RequestId id = inner->second;
    m_byInner.erase(inner);
    Entry& entry = m_requests.at(id);
    entry.inner = kNoRequest;
    if (isTransient(response) && entry.state.attempt < entry.state.maxAttempts) {
      const double delay = retryDelayMs(response, entry.state.attempt, m_policy, unit(m_random));
      ++entry.state.attempt;
      entry.state.retryAtMs = now + delay;
      // The status, headers and a short body (an OBAPI error) say what went wrong; a large
      // body (an HTML error page) is not worth keeping.
      if (response.body.size() > kKeptFailureBody) response.body.clear();
      entry.state.lastFailure = std::move(response);
      continue;
    }
    response.id = id;
    completed.push_back(std::move(response));
    m_requests.erase(id);
  }
}

TransferProgress RetryingHttpClient::progress(RequestId id) const {
  const auto it = m_requests.find(id);
  if (it == m_requests.end() || it->second.inner == kNoRequest) return {};
  return m_inner.progress(it->second.inner);
}

const RetryState* RetryingHttpClient::retryState(RequestId id) const {
  const auto it = m_requests.find(id);
  return it == m_requests.end() ? nullptr : &it->second.state;
}

std::optional<double> RetryingHttpClient::nextRetryAtMs() const {
  std::optional<double> next;
  for (const auto& [id, entry] : m_requests) {
    if (entry.inner != kNoRequest) continue;
    if (!next || entry.state.retryAtMs < *next) next = entry.state.retryAtMs;
  }
  return next;
}

}  // namespace fiche::core
