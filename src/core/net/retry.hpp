// core/net: which failed GETs are worth trying again, and how long to wait before doing so.
#pragma once

#include <optional>
#include <string_view>

#include "core/net/http.hpp"

namespace fiche::core {

// Zero means "the default" for every field.
struct RetryPolicy {
  int maxAttempts = 0;         // attempts in all, the first included; default 4; 1 = no retry
  double firstDelayMs = 0;     // backoff before the first retry; default 1000
  double maxDelayMs = 0;       // backoff never grows beyond this; default 30000
  double maxRetryAfterMs = 0;  // a server's Retry-After is honoured up to this; default 120000
};

// The policy with its zero fields replaced by the defaults.
RetryPolicy withDefaults(RetryPolicy policy);

// True for failures that say nothing about the request itself, so the same GET may succeed
// later: no answer (network error, timeout), 408, 429, 500, 502, 503, 504. Cancelled requests
// and every other status (401, 404, 400…) are final.
bool isTransient(const HttpResponse& response);

// Retry-After as delta-seconds ("120"), or as an HTTP-date relative to the response's own
// Date header (both IMF-fixdate, "Sun, 06 Nov 1994 08:49:37 GMT"). nullopt when absent,
// unreadable, or a date without a Date header to compare it with (a browser's clock may be
// far off the server's).
std::optional<double> retryAfterMs(const HttpResponse& response);

// Exponential backoff with "equal jitter": for retry n (1-based) the delay is d/2 + u·d/2
// where d = min(maxDelayMs, firstDelayMs · 2^(n-1)) and u in [0, 1) is the caller's random
// draw, so clients that failed together do not come back together.
double backoffDelayMs(int retry, const RetryPolicy& policy, double unitRandom);

// The wait before retry n after `response`: the server's Retry-After when it gave one (capped
// at maxRetryAfterMs, never below 0), else backoffDelayMs.
double retryDelayMs(const HttpResponse& response, int retry, const RetryPolicy& policy,
                    double unitRandom);

}  // namespace fiche::core
