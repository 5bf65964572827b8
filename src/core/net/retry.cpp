// core/net: transient-failure test, Retry-After parsing and backoff.
#include "core/net/retry.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>

#include "core/util/date.hpp"

namespace fiche::core {
namespace {

constexpr int kDefaultAttempts = 4;
constexpr double kDefaultFirstDelayMs = 1000;
constexpr double kDefaultMaxDelayMs = 30000;
constexpr double kDefaultMaxRetryAfterMs = 120000;

std::string_view trimmed(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

std::optional<std::int64_t> digits(std::string_view s) {
  if (s.empty() || s.size() > 12) return std::nullopt;
  std::int64_t value = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (ec != std::errc{} || end != s.data() + s.size() || value < 0) return std::nullopt;
  return value;
}

// IMF-fixdate, "Sun, 06 Nov 1994 08:49:37 GMT" -> seconds since 1970-01-01T00:00:00Z.
std::optional<std::int64_t> parseHttpDate(std::string_view s) {
  s = trimmed(s);
  if (s.size() != 29 || s[3] != ',' || s[4] != ' ' || s[7] != ' ' || s[11] != ' ' || s[16] != ' ' ||
      s[19] != ':' || s[22] != ':' || s.substr(25) != " GMT") {
    return std::nullopt;
  }
  static constexpr std::array<std::string_view, 12> kMonths = {
      "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  const auto month = std::find(kMonths.begin(), kMonths.end(), s.substr(8, 3));
  const auto day = digits(s.substr(5, 2));
  const auto year = digits(s.substr(12, 4));
  const auto hour = digits(s.substr(17, 2));
  const auto minute = digits(s.substr(20, 2));
  const auto second = digits(s.substr(23, 2));
  if (month == kMonths.end() || !day || !year || !hour || !minute || !second) return std::nullopt;
  const CivilDate date{.year = static_cast<int>(*year),
                       .month = static_cast<int>(month - kMonths.begin()) + 1,
                       .day = static_cast<int>(*day)};
  if (date.day < 1 || date.day > daysInMonth(date.year, date.month) || *hour > 23 || *minute > 59 ||
      *second > 60) {
    return std::nullopt;
  }
  return daysFromCivil(date) * 86400 + *hour * 3600 + *minute * 60 + *second;
}

}  // namespace

RetryPolicy withDefaults(RetryPolicy policy) {
  if (policy.maxAttempts <= 0) policy.maxAttempts = kDefaultAttempts;
  if (policy.firstDelayMs <= 0) policy.firstDelayMs = kDefaultFirstDelayMs;
  if (policy.maxDelayMs <= 0) policy.maxDelayMs = kDefaultMaxDelayMs;
  if (policy.maxRetryAfterMs <= 0) policy.maxRetryAfterMs = kDefaultMaxRetryAfterMs;
  return policy;
}

bool isTransient(const HttpResponse& response) {
  switch (response.transport) {
    case Transport::NetworkError:
    case Transport::Timeout:
      return true;
    case Transport::Cancelled:
      return false;
    case Transport::Ok:
      break;
  }
  switch (response.status) {
    case 0:  // no real status: what browsers report when the connection failed
    case 408:
    case 429:
    case 500:
    case 502:
    case 503:
    case 504:
      return true;
    default:
      return false;
  }
}

std::optional<double> retryAfterMs(const HttpResponse& response) {
  const std::string_view value = trimmed(response.header("retry-after"));
  if (value.empty()) return std::nullopt;
  if (const auto seconds = digits(value)) return static_cast<double>(*seconds) * 1000.0;
  const auto at = parseHttpDate(value);
  const auto now = parseHttpDate(response.header("date"));
  if (!at || !now) return std::nullopt;
  return static_cast<double>(std::max<std::int64_t>(*at - *now, 0)) * 1000.0;
}

double backoffDelayMs(int retry, const RetryPolicy& policy, double unitRandom) {
  const RetryPolicy p = withDefaults(policy);
  const int doublings = std::clamp(retry - 1, 0, 30);
  const double full = std::min(p.maxDelayMs, p.firstDelayMs * std::ldexp(1.0, doublings));
  const double u = std::clamp(unitRandom, 0.0, 1.0);
  return full / 2 + u * full / 2;
}

double retryDelayMs(const HttpResponse& response, int retry, const RetryPolicy& policy,
                    double unitRandom) {
  const RetryPolicy p = withDefaults(policy);
  if (const auto asked = retryAfterMs(response)) return std::min(*asked, p.maxRetryAfterMs);
  return backoffDelayMs(retry, p, unitRandom);
}

}  // namespace fiche::core
