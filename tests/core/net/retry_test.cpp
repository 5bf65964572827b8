// tests/core/net: which failures are retried, Retry-After, backoff.
#include "core/net/retry.hpp"

#include <gtest/gtest.h>

namespace fiche::core {
namespace {

HttpResponse status(int code, std::vector<Header> headers = {}) {
  return HttpResponse{.status = code, .headers = std::move(headers)};
}

TEST(RetryTest, TransientFailuresAreTheOnesThatSayNothingAboutTheRequest) {
  EXPECT_TRUE(isTransient({.transport = Transport::NetworkError}));
  EXPECT_TRUE(isTransient({.transport = Transport::Timeout}));
  EXPECT_FALSE(isTransient({.transport = Transport::Cancelled}));
  for (int code : {0, 408, 429, 500, 502, 503, 504}) EXPECT_TRUE(isTransient(status(code))) << code;
  for (int code : {200, 204, 301, 400, 401, 403, 404, 405, 422, 501, 505}) {
    EXPECT_FALSE(isTransient(status(code))) << code;
  }
}

TEST(RetryTest, RetryAfterInSeconds) {
  EXPECT_EQ(retryAfterMs(status(503, {{"retry-after", "120"}})), 120000.0);
  EXPECT_EQ(retryAfterMs(status(503, {{"retry-after", " 0 "}})), 0.0);
  EXPECT_EQ(retryAfterMs(status(503)), std::nullopt);
  for (const char* bad : {"", "-5", "1.5", "soon", "99999999999999999999", "12abc"}) {
    EXPECT_EQ(retryAfterMs(status(429, {{"retry-after", bad}})), std::nullopt) << bad;
  }
}

TEST(RetryTest, RetryAfterAsADateCountsFromTheServersOwnDate) {
  const HttpResponse response = status(503, {{"retry-after", "Wed, 21 Oct 2015 07:28:30 GMT"},
                                             {"date", "Wed, 21 Oct 2015 07:28:00 GMT"}});
  EXPECT_EQ(retryAfterMs(response), 30000.0);
  const HttpResponse past = status(503, {{"retry-after", "Wed, 21 Oct 2015 07:27:00 GMT"},
                                         {"date", "Wed, 21 Oct 2015 07:28:00 GMT"}});
  EXPECT_EQ(retryAfterMs(past), 0.0);
  const HttpResponse acrossMidnight = status(503, {{"retry-after", "Thu, 01 Jan 2026 00:00:10 GMT"},
                                                   {"date", "Wed, 31 Dec 2025 23:59:50 GMT"}});
  EXPECT_EQ(retryAfterMs(acrossMidnight), 20000.0);
  // Without the server's clock to compare with, a date means nothing.
  EXPECT_EQ(retryAfterMs(status(503, {{"retry-after", "Wed, 21 Oct 2015 07:28:30 GMT"}})),
            std::nullopt);
  EXPECT_EQ(retryAfterMs(status(503, {{"retry-after", "Wed, 32 Oct 2015 07:28:30 GMT"},
                                      {"date", "Wed, 21 Oct 2015 07:28:00 GMT"}})),
            std::nullopt);
  EXPECT_EQ(retryAfterMs(status(503, {{"retry-after", "Wed, 21 Foo 2015 07:28:30 GMT"},
                                      {"date", "Wed, 21 Oct 2015 07:28:00 GMT"}})),
            std::nullopt);
}

TEST(RetryTest, BackoffDoublesWithinHalfAndWholeOfItsStepAndIsCapped) {
  const RetryPolicy policy{.firstDelayMs = 1000, .maxDelayMs = 8000};
  EXPECT_EQ(backoffDelayMs(1, policy, 0.0), 500);
  EXPECT_EQ(backoffDelayMs(1, policy, 0.999999), 999.9995);
  EXPECT_EQ(backoffDelayMs(2, policy, 0.0), 1000);
  EXPECT_EQ(backoffDelayMs(3, policy, 0.5), 3000);
  EXPECT_EQ(backoffDelayMs(4, policy, 1.0), 8000);
  EXPECT_EQ(backoffDelayMs(10, policy, 1.0), 8000);
  EXPECT_EQ(backoffDelayMs(1000, policy, 1.0), 8000) << "no overflow for absurd counts";
  EXPECT_EQ(backoffDelayMs(2, policy, 7.0), 2000) << "the random draw is clamped";
}

TEST(RetryTest, ServersRetryAfterWinsOverBackoffUpToTheCap) {
  const RetryPolicy policy{.maxRetryAfterMs = 60000};
  EXPECT_EQ(retryDelayMs(status(429, {{"retry-after", "7"}}), 1, policy, 0.3), 7000);
  EXPECT_EQ(retryDelayMs(status(503, {{"retry-after", "3600"}}), 1, policy, 0.3), 60000);
  EXPECT_EQ(retryDelayMs(status(503), 1, policy, 0.0), 500) << "the default first delay is 1 s";
}

TEST(RetryTest, DefaultsFillOnlyTheZeroFields) {
  const RetryPolicy policy = withDefaults({.maxAttempts = 2});
  EXPECT_EQ(policy.maxAttempts, 2);
  EXPECT_EQ(policy.firstDelayMs, 1000);
  EXPECT_EQ(policy.maxDelayMs, 30000);
  EXPECT_EQ(policy.maxRetryAfterMs, 120000);
  EXPECT_EQ(withDefaults({}).maxAttempts, 4);
}

}  // namespace
}  // namespace fiche::core
