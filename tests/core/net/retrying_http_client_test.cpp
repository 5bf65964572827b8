// tests/core/net: RetryingHttpClient over the scripted fake.
#include "core/net/retrying_http_client.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "support/fake_clock.hpp"
#include "support/fake_http_client.hpp"

namespace fiche::core {
namespace {

class RetryingHttpClientTest : public ::testing::Test {
 protected:
  std::vector<HttpResponse> poll() {
    std::vector<HttpResponse> completed;
    client.poll(completed);
    return completed;
  }
  // Moves the clock to the retry's time and polls, which sends it.
  void untilRetry(RequestId id) {
    const RetryState* retry = client.retryState(id);
    ASSERT_NE(retry, nullptr);
    ASSERT_GT(retry->retryAtMs, 0);
    clock.advance(retry->retryAtMs - clock.monotonicMs());
    EXPECT_TRUE(poll().empty());
  }

  test::FakeHttpClient inner;
  test::FakeClock clock;
  RetryingHttpClient client{inner, clock, RetryPolicy{.maxAttempts = 3}, 42};
};

TEST_F(RetryingHttpClientTest, SuccessIsDeliveredOnceUnderTheCallersId) {
  const RequestId id = client.send({.url = "https://a/x"});
  ASSERT_TRUE(inner.complete(inner.lastId(), 200, "ok"));
  const auto completed = poll();
  ASSERT_EQ(completed.size(), 1u);
  EXPECT_EQ(completed[0].id, id);
  EXPECT_EQ(completed[0].body, "ok");
  EXPECT_EQ(client.inFlight(), 0u);
  EXPECT_TRUE(poll().empty());
}

TEST_F(RetryingHttpClientTest, TransientFailuresAreSentAgainAfterTheirWaitThenTheLastIsDelivered) {
  const RequestId id = client.send({.url = "https://a/x", .headers = {{"Accept", "a/b"}}});
  ASSERT_TRUE(inner.complete(inner.lastId(), 503, R"({"error":{}})"));
  EXPECT_TRUE(poll().empty());
  const RetryState* retry = client.retryState(id);
  ASSERT_NE(retry, nullptr);
  EXPECT_EQ(retry->attempt, 2);
  EXPECT_EQ(retry->maxAttempts, 3);
  EXPECT_EQ(retry->lastFailure.status, 503);
  EXPECT_EQ(retry->lastFailure.body, R"({"error":{}})");
  EXPECT_GE(retry->retryAtMs, clock.monotonicMs() + 500);
  EXPECT_LT(retry->retryAtMs, clock.monotonicMs() + 1000);
  EXPECT_EQ(client.nextRetryAtMs(), retry->retryAtMs);
  EXPECT_EQ(client.inFlight(), 1u) << "a request waiting for its retry is still in flight";

  clock.advance(retry->retryAtMs - clock.monotonicMs() - 1);
  EXPECT_TRUE(poll().empty());
  EXPECT_EQ(inner.requests().size(), 1u) << "not a millisecond early";
  clock.advance(1);
  EXPECT_TRUE(poll().empty());
  ASSERT_EQ(inner.requests().size(), 2u);
  EXPECT_EQ(inner.last().request.url, "https://a/x");
  EXPECT_EQ(inner.last().header("accept"), "a/b");
  EXPECT_EQ(client.retryState(id)->retryAtMs, 0) << "in flight again";
  EXPECT_EQ(client.nextRetryAtMs(), std::nullopt);

  ASSERT_TRUE(inner.fail(inner.lastId(), Transport::Timeout));
  EXPECT_TRUE(poll().empty());
  untilRetry(id);
  ASSERT_EQ(inner.requests().size(), 3u);
  ASSERT_TRUE(inner.complete(inner.lastId(), 502, "bad gateway"));
  const auto completed = poll();
  ASSERT_EQ(completed.size(), 1u) << "the third attempt was the last";
  EXPECT_EQ(completed[0].id, id);
  EXPECT_EQ(completed[0].status, 502);
  EXPECT_EQ(completed[0].body, "bad gateway");
  EXPECT_EQ(client.retryState(id), nullptr);
  EXPECT_EQ(client.retriesSent(), 2u);
}

TEST_F(RetryingHttpClientTest, FinalAnswersAreDeliveredAtOnce) {
  for (int code : {200, 400, 401, 403, 404, 422}) {
    const RequestId id = client.send({.url = "https://a/y"});
    ASSERT_TRUE(inner.complete(inner.lastId(), code, ""));
    const auto completed = poll();
    ASSERT_EQ(completed.size(), 1u) << code;
    EXPECT_EQ(completed[0].id, id);
    EXPECT_EQ(completed[0].status, code);
  }
  EXPECT_EQ(client.retriesSent(), 0u);
}

TEST_F(RetryingHttpClientTest, RetryAfterIsHonoured) {
  const RequestId id = client.send({.url = "https://a/x"});
  ASSERT_TRUE(inner.complete(inner.lastId(), 429, "", {{"Retry-After", "7"}}));
  poll();
  EXPECT_EQ(client.retryState(id)->retryAtMs, clock.monotonicMs() + 7000);
}

TEST_F(RetryingHttpClientTest, OneAttemptRequestsAreNeverRetried) {
  const RequestId id = client.send({.url = "https://a/x", .maxAttempts = 1});
  ASSERT_TRUE(inner.fail(inner.lastId(), Transport::NetworkError));
  const auto completed = poll();
  ASSERT_EQ(completed.size(), 1u);
  EXPECT_EQ(completed[0].id, id);
  EXPECT_EQ(completed[0].transport, Transport::NetworkError);
}

TEST_F(RetryingHttpClientTest, CancellingWhileWaitingSendsNothingMoreAndDeliversNothing) {
  const RequestId id = client.send({.url = "https://a/x"});
  ASSERT_TRUE(inner.complete(inner.lastId(), 500, ""));
  poll();
  client.cancel(id);
  EXPECT_EQ(client.inFlight(), 0u);
  EXPECT_EQ(client.nextRetryAtMs(), std::nullopt);
  clock.advance(60000);
  EXPECT_TRUE(poll().empty());
  EXPECT_EQ(inner.requests().size(), 1u);
}

TEST_F(RetryingHttpClientTest, CancellingInFlightCancelsTheInnerRequest) {
  const RequestId id = client.send({.url = "https://a/x"});
  const RequestId innerId = inner.lastId();
  client.cancel(id);
  EXPECT_TRUE(inner.find(innerId)->cancelled);
  EXPECT_EQ(inner.inFlight(), 0u);
  inner.forceDeliver({.id = innerId, .status = 200});
  EXPECT_TRUE(poll().empty()) << "a late answer for a cancelled request is dropped";
  client.cancel(id);  // twice: nothing happens
  client.cancel(9999);
}

TEST_F(RetryingHttpClientTest, ProgressFollowsTheAttemptInFlight) {
  const RequestId id = client.send({.url = "https://a/x"});
  inner.setProgress(inner.lastId(), {.received = 10, .total = 100});
  EXPECT_EQ(client.progress(id), (TransferProgress{.received = 10, .total = 100}));
  ASSERT_TRUE(inner.complete(inner.lastId(), 503, ""));
  poll();
  EXPECT_EQ(client.progress(id), TransferProgress{}) << "nothing in flight while waiting";
}

TEST_F(RetryingHttpClientTest, DestroyingCancelsWhatIsInFlight) {
  RequestId innerId = kNoRequest;
  {
    RetryingHttpClient scoped{inner, clock};
    scoped.send({.url = "https://a/x"});
    innerId = inner.lastId();
  }
  EXPECT_TRUE(inner.find(innerId)->cancelled);
}

TEST_F(RetryingHttpClientTest, JitterSpreadsTheWaitsOfRequestsThatFailedTogether) {
  std::vector<double> waits;
  for (int i = 0; i < 8; ++i) {
    const RequestId id = client.send({.url = "https://a/x"});
    ASSERT_TRUE(inner.complete(inner.lastId(), 503, ""));
    poll();
    waits.push_back(client.retryState(id)->retryAtMs);
    client.cancel(id);
  }
  std::sort(waits.begin(), waits.end());
  EXPECT_LT(waits.front() + 50, waits.back());
}

}  // namespace
}  // namespace fiche::core
