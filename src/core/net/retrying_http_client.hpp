// core/net: an HttpClient that sends a GET again after a transient failure, with backoff.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <random>
#include <vector>

#include "core/net/http.hpp"
#include "core/net/retry.hpp"
#include "core/util/clock.hpp"

namespace fiche::core {

// Where a request stands between its attempts.
struct RetryState {
  int attempt = 1;  // the attempt in flight, or the next one while waiting (1-based)
  int maxAttempts = 1;
  double retryAtMs = 0;        // while waiting: Clock::monotonicMs() of the next attempt; else 0
  HttpResponse lastFailure{};  // the previous attempt's answer, when attempt > 1
};

// Wraps another client (which it must not outlive). Every request is a GET, hence idempotent:
// one that fails transiently (isTransient) is sent again after retryDelayMs, up to its
// maxAttempts; then its last answer is delivered as its completion. Callers see one id per
// request whatever the number of attempts, and the HttpClient contract holds for them:
// completions only from poll(), exactly once, never after cancel().
//
// Timers need polling: call poll() at least when nextRetryAtMs() has passed (the frame loop's
// idle gate asks for a frame then). Jitter comes from a generator seeded with `seed`, so tests
// are reproducible.
class RetryingHttpClient final : public HttpClient {
 public:
  RetryingHttpClient(HttpClient& inner, const Clock& clock, RetryPolicy policy = {},
                     std::uint32_t seed = 1);
  RetryingHttpClient(const RetryingHttpClient&) = delete;
  RetryingHttpClient& operator=(const RetryingHttpClient&) = delete;
  ~RetryingHttpClient() override;

  RequestId send(HttpRequest request) override;
  // Cancels the attempt in flight or the retry waiting for its time.
  void cancel(RequestId id) override;
  // Sends the retries that are due, then delivers the final answers that arrived.
  void poll(std::vector<HttpResponse>& completed) override;
  // Requests not yet delivered, those waiting for a retry included.
  std::size_t inFlight() const override { return m_requests.size(); }
  TransferProgress progress(RequestId id) const override;

  // nullptr when the id is unknown or finished. Valid until the next call to this client.
  const RetryState* retryState(RequestId id) const;
  // The earliest retry waiting for its time, if any.
  std::optional<double> nextRetryAtMs() const;
  // Attempts sent again so far (for diagnostics and tests).
  std::uint64_t retriesSent() const { return m_retriesSent; }

 private:
  struct Entry {
    HttpRequest request{};
    RequestId inner = kNoRequest;  // kNoRequest while waiting for retryAtMs
    RetryState state{};
  };

  void sendAttempt(Entry& entry);

  HttpClient& m_inner;
  const Clock& m_clock;
  RetryPolicy m_policy;
  std::minstd_rand m_random;
  std::map<RequestId, Entry> m_requests;  // by our id
  std::map<RequestId, RequestId> m_byInner;
  RequestId m_nextId = 1;
  std::uint64_t m_retriesSent = 0;
  std::vector<HttpResponse> m_arrived;  // reused by poll()
};

}  // namespace fiche::core
