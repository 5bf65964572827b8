// tests/core/app: the Controller under faults — retries on screen, recovery after a failure,
// automatic refresh, stopping, timers and the page's visibility.
#include <gtest/gtest.h>

#include "controller_fixture.hpp"

namespace fiche::core::controller_testing {
namespace {

constexpr std::string_view kBusy =
    R"({"error":{"type":"service_unavailable","code":"MAINTENANCE","message":"Back soon"}})";

class ControllerFaultsTest : public ControllerTest {
 protected:
  // Connected through start() (as config.json does), first page loaded with three rows.
  void startWithRows(AppConfig config = {}) {
    config.api = std::string(kRoot);
    config.token = std::string(kToken);
    controller.start(config, {}, Route{.serverPages = true});
    answerDiscovery();
    ASSERT_TRUE(http.complete(http.lastId(), 200, listBody(threeRows())));
    ASSERT_TRUE(controller.poll());
    ASSERT_EQ(state().list.status, LoadStatus::Ok);
  }
  void advanceTo(double monotonicMs) {
    clock.advance(monotonicMs - clock.monotonicMs());
    controller.poll();
  }
};

TEST_F(ControllerFaultsTest, ARetryWaitingForItsTimeIsOnScreenWithItsReason) {
  connectWithRows(threeRows());
  controller.apply(RefreshIntent{});
  ASSERT_TRUE(http.complete(http.lastId(), 503, std::string(kBusy), {{"Retry-After", "3"}}));
  EXPECT_TRUE(controller.poll());
  const ListState& list = state().list;
  EXPECT_EQ(list.status, LoadStatus::Pending);
  ASSERT_TRUE(list.retry);
  EXPECT_EQ(list.retry->attempt, 2);
  EXPECT_EQ(list.retry->maxAttempts, 4);
  EXPECT_EQ(list.retry->atMs, clock.monotonicMs() + 3000) << "Retry-After honoured";
  EXPECT_EQ(list.retry->lastError.httpStatus, 503);
  EXPECT_EQ(list.retry->lastError.apiCode, "MAINTENANCE");
  EXPECT_EQ(list.retry->lastError.message, "Back soon");
  EXPECT_TRUE(isStale(list));
  EXPECT_EQ(list.store.size(), 3u) << "the rows stay while retrying";
  // The loop must wake for the countdown's next second, and for the retry itself.
  ASSERT_TRUE(controller.nextWakeMs());
  EXPECT_LE(*controller.nextWakeMs(), clock.monotonicMs() + 1000);

  advanceTo(list.retry->atMs);
  ASSERT_TRUE(list.retry) << "attempt 2 is in flight";
  EXPECT_EQ(list.retry->atMs, 0);
  ASSERT_TRUE(http.complete(http.lastId(), 200, listBody({Row{.id = "9", .ref = "FI-NEW"}})));
  controller.poll();
  EXPECT_EQ(list.status, LoadStatus::Ok);
  EXPECT_FALSE(list.retry);
  EXPECT_FALSE(isStale(list));
  EXPECT_EQ(shownRefs(), (std::vector<std::string>{"FI-NEW"}));
  EXPECT_EQ(state().retriesSent, 1u);
}

TEST_F(ControllerFaultsTest, AFailedListRecoversByItselfWhenTheServerComesBack) {
  startWithRows();
  const LocalDateTime loadedAt = clock.localNow();
  clock.advance(60'000);
  controller.apply(RefreshIntent{});
  EXPECT_EQ(failEveryAttempt(Transport::NetworkError), 4);
  const ListState& list = state().list;
  EXPECT_EQ(list.status, LoadStatus::Failed);
  EXPECT_TRUE(isStale(list));
  ASSERT_TRUE(list.lastSuccess);
  EXPECT_EQ(*list.lastSuccess, loadedAt) << "the stamp is the last success, not the failure";
  EXPECT_EQ(list.store.size(), 3u);
  ASSERT_GT(list.recoverAtMs, clock.monotonicMs());
  EXPECT_LE(list.recoverAtMs, clock.monotonicMs() + 5000 * 1.25);

  // First recovery attempt: the server is still down; the next pause is longer.
  const double firstPause = list.recoverAtMs - clock.monotonicMs();
  const std::size_t before = requestCount();
  advanceTo(list.recoverAtMs);
  ASSERT_EQ(requestCount(), before + 1);
  EXPECT_EQ(http.last().request.url, kFirstPageUrl);
  EXPECT_TRUE(list.background) << "a recovery does not dim the rows";
  EXPECT_TRUE(list.error) << "the failure stays on screen while recovering";
  EXPECT_EQ(failEveryAttempt(Transport::NetworkError), 4);
  EXPECT_GT(list.recoverAtMs - clock.monotonicMs(), firstPause);

  // The server is back.
  advanceTo(list.recoverAtMs);
  ASSERT_TRUE(http.complete(http.lastId(), 200, listBody(threeRows())));
  controller.poll();
  EXPECT_EQ(list.status, LoadStatus::Ok);
  EXPECT_FALSE(isStale(list));
  EXPECT_FALSE(list.error);
  EXPECT_EQ(list.recoverAtMs, 0);
  EXPECT_EQ(state().connection.status, LoadStatus::Ok);
  EXPECT_EQ(http.inFlight(), 0u);
}

TEST_F(ControllerFaultsTest, FinalErrorsAreNotRecovered) {
  connectWithRows(threeRows());
  controller.apply(RefreshIntent{});
  ASSERT_TRUE(http.complete(http.lastId(), 403, ""));
  controller.poll();
  EXPECT_EQ(state().list.status, LoadStatus::Failed);
  EXPECT_EQ(state().list.recoverAtMs, 0);
  EXPECT_EQ(controller.nextWakeMs(), std::nullopt) << "nothing planned: the loop may sleep";
}

TEST_F(ControllerFaultsTest, StopCancelsTheRequestItsRetriesAndTheRecovery) {
  connectWithRows(threeRows());
  controller.apply(RefreshIntent{});
  ASSERT_TRUE(http.complete(http.lastId(), 502, ""));
  controller.poll();
  ASSERT_TRUE(state().list.retry);
  const std::size_t before = requestCount();
  controller.apply(StopLoadingIntent{});
  EXPECT_EQ(state().list.status, LoadStatus::Failed);
  ASSERT_TRUE(state().list.error);
  EXPECT_FALSE(state().list.retry);
  EXPECT_TRUE(isStale(state().list));
  EXPECT_EQ(state().list.store.size(), 3u);
  clock.advance(10 * 60'000);
  controller.poll();
  EXPECT_EQ(requestCount(), before) << "nothing is sent after Stop";
  EXPECT_EQ(controller.nextWakeMs(), std::nullopt);

  // Retry is always possible.
  controller.apply(RefreshIntent{});
  EXPECT_EQ(requestCount(), before + 1);
  EXPECT_EQ(state().list.status, LoadStatus::Pending);
}

TEST_F(ControllerFaultsTest, RetryNowSkipsTheRecoveryWait) {
  connectWithRows(threeRows());
  controller.apply(RefreshIntent{});
  failEveryAttempt(Transport::Timeout);
  ASSERT_GT(state().list.recoverAtMs, 0);
  const std::size_t before = requestCount();
  controller.apply(RefreshIntent{});
  EXPECT_EQ(requestCount(), before + 1);
  EXPECT_EQ(state().list.recoverAtMs, 0);
  EXPECT_FALSE(state().list.background) << "the user asked: this one shows as loading";
}

TEST_F(ControllerFaultsTest, AutomaticRefreshReloadsInPlaceEveryInterval) {
  startWithRows({.refreshSeconds = 30});
  navigate(routeWith([](Route& r) { r.openId = "2"; }));
  ASSERT_TRUE(http.complete(http.lastId(), 200, detailBody("2", "FI-A")));
  controller.poll();
  const ListState& list = state().list;
  ASSERT_GT(list.nextRefreshAtMs, 0);
  const std::size_t before = requestCount();
  advanceTo(list.nextRefreshAtMs - 1);
  EXPECT_EQ(requestCount(), before);
  advanceTo(list.nextRefreshAtMs);
  ASSERT_EQ(requestCount(), before + 2) << "the list and the open detail";
  EXPECT_EQ(list.status, LoadStatus::Pending);
  EXPECT_TRUE(list.background);
  EXPECT_EQ(state().detail.status, LoadStatus::Ok) << "the detail stays as it is meanwhile";
  EXPECT_EQ(state().route.openId, "2");
  // The two replies, in either order.
  for (const RequestId id : http.pendingIds()) {
    const std::string& url = http.find(id)->request.url;
    ASSERT_TRUE(http.complete(
        id, 200, url.ends_with("/2") ? detailBody("2", "FI-A2") : listBody(threeRows())));
  }
  controller.poll();
  EXPECT_EQ(list.status, LoadStatus::Ok);
  EXPECT_EQ(state().detail.intervention.ref, "FI-A2");
  EXPECT_EQ(state().route.openId, "2");
  EXPECT_EQ(list.nextRefreshAtMs, clock.monotonicMs() + 30'000) << "the next one is planned";
}

TEST_F(ControllerFaultsTest, AHiddenPageNeitherRefreshesNorRecovers) {
  startWithRows({.refreshSeconds = 5});
  controller.setPageVisible(false);
  const std::size_t before = requestCount();
  clock.advance(60'000);
  controller.poll();
  EXPECT_EQ(requestCount(), before);
  EXPECT_EQ(controller.nextWakeMs(), std::nullopt) << "a hidden page plans nothing";
  controller.setPageVisible(true);
  controller.poll();
  EXPECT_EQ(requestCount(), before + 1) << "the overdue refresh runs when the page is back";
}

TEST_F(ControllerFaultsTest, ARefreshDoesNotStackOnARequestInFlight) {
  startWithRows({.refreshSeconds = 1});
  navigate(routeWith([](Route& r) { r.status = "done"; }));
  const std::size_t before = requestCount();
  clock.advance(5'000);
  controller.poll();
  EXPECT_EQ(requestCount(), before) << "the user's own request is still loading";
  EXPECT_FALSE(state().list.background);
}

TEST_F(ControllerFaultsTest, ExpiredTokenInUseLeadsToTheConnectionScreenWithTheFiltersKept) {
  startWithRows({.refreshSeconds = 30});
  navigate(routeWith([](Route& r) {
    r.status = "validated";
    r.page = 2;
  }));
  ASSERT_TRUE(http.complete(
      http.lastId(), 401,
      R"({"error":{"type":"authentication_error","code":"EXPIRED_TOKEN","message":"Expired"}})"));
  controller.poll();
  EXPECT_EQ(state().connection.status, LoadStatus::Failed);
  ASSERT_TRUE(state().connection.error);
  EXPECT_EQ(state().connection.error->apiCode, "EXPIRED_TOKEN");
  EXPECT_EQ(state().connection.recoverAtMs, 0) << "a token does not come back by itself";
  EXPECT_EQ(state().route.status, "validated");
  EXPECT_EQ(state().route.page, 2);
  EXPECT_EQ(http.inFlight(), 0u);
  EXPECT_EQ(controller.nextWakeMs(), std::nullopt);

  connect(kRoot, "fresh-token");
  answerDiscovery();
  EXPECT_EQ(http.last().request.url, listUrl("page=2&per_page=50&status=validated&sort=date_desc"));
  EXPECT_EQ(http.last().header("authorization"), "Bearer fresh-token");
}

TEST_F(ControllerFaultsTest, AConnectionFromTheConfigRecoversWhenTheServerIsDownAtStart) {
  controller.start(AppConfig{.api = std::string(kRoot), .token = std::string(kToken)}, {},
                   Route{.serverPages = true});
  EXPECT_EQ(failEveryAttempt(Transport::NetworkError), 4) << "full retries when nobody watches";
  EXPECT_EQ(state().connection.status, LoadStatus::Failed);
  ASSERT_GT(state().connection.recoverAtMs, 0);
  advanceTo(state().connection.recoverAtMs);
  EXPECT_EQ(state().connection.status, LoadStatus::Pending);
  EXPECT_TRUE(state().connection.background);
  EXPECT_EQ(http.last().request.url, "https://erp.example/16/obapi/v1");
  EXPECT_FALSE(http.last().hasHeader("authorization"));
  answerDiscovery();
  EXPECT_EQ(state().connection.status, LoadStatus::Ok);
  EXPECT_FALSE(state().connection.background);
  EXPECT_EQ(http.last().request.url, kFirstPageUrl);
}

TEST_F(ControllerFaultsTest, StopEndsAConnectionRecovery) {
  controller.start(AppConfig{.api = std::string(kRoot), .token = std::string(kToken)}, {},
                   Route{.serverPages = true});
  failEveryAttempt(Transport::NetworkError);
  ASSERT_GT(state().connection.recoverAtMs, 0);
  controller.apply(StopLoadingIntent{});
  EXPECT_EQ(state().connection.recoverAtMs, 0);
  const std::size_t before = requestCount();
  clock.advance(10 * 60'000);
  controller.poll();
  EXPECT_EQ(requestCount(), before);
}

TEST_F(ControllerFaultsTest, ASupersededRequestIsCancelledWhileWaitingForItsRetry) {
  connectWithRows(threeRows());
  controller.apply(RefreshIntent{});
  ASSERT_TRUE(http.complete(http.lastId(), 503, ""));
  controller.poll();
  ASSERT_TRUE(state().list.retry);
  navigate(routeWith([](Route& r) { r.status = "done"; }));
  EXPECT_FALSE(state().list.retry);
  EXPECT_EQ(http.inFlight(), 1u);
  clock.advance(60'000);
  controller.poll();
  EXPECT_EQ(http.inFlight(), 1u) << "the old request's retry is never sent";
  EXPECT_EQ(http.last().request.url, listUrl("page=1&per_page=50&status=done&sort=date_desc"));
}

TEST_F(ControllerFaultsTest, RequestsCarryTheConfiguredTimeout) {
  controller.start(
      AppConfig{.api = std::string(kRoot), .token = std::string(kToken), .timeoutSeconds = 7}, {},
      Route{.serverPages = true});
  EXPECT_EQ(http.last().request.timeoutMs, 7000u);
  answerDiscovery();
  EXPECT_EQ(http.last().request.timeoutMs, 7000u);
}

TEST_F(ControllerFaultsTest, RequestsHaveABoundedTimeoutByDefault) {
  connectWithDiscovery();
  EXPECT_GT(http.last().request.timeoutMs, 0u);
  EXPECT_LE(http.last().request.timeoutMs, 30'000u);
}

// ?api= must not carry the configured token to another origin.
TEST_F(ControllerFaultsTest, ALinkToAnotherOriginIsShownBeforeAnythingIsSentThere) {
  controller.start(AppConfig{.api = std::string(kRoot), .token = std::string(kToken)},
                   UrlOverrides{.api = "https://evil.example/x/"}, Route{.serverPages = true});
  EXPECT_EQ(requestCount(), 0u);
  EXPECT_EQ(state().connection.status, LoadStatus::Idle);
  EXPECT_EQ(state().connection.linkRoot, "https://evil.example/x");
  EXPECT_EQ(state().connection.configuredRoot, kRoot);
  EXPECT_FALSE(state().connection.hasToken);

  // The user chooses the configured server: its token goes there.
  controller.apply(ConnectConfiguredIntent{});
  EXPECT_EQ(http.last().request.url, "https://erp.example/16/obapi/v1");
  answerDiscovery();
  EXPECT_EQ(http.last().header("authorization"), "Bearer " + std::string(kToken));
  EXPECT_TRUE(state().connection.linkRoot.empty());
}

TEST_F(ControllerFaultsTest, ALinkToTheLinkedOriginNeedsTheUsersOwnToken) {
  controller.start(AppConfig{.api = std::string(kRoot), .token = std::string(kToken)},
                   UrlOverrides{.api = "https://other.example"}, Route{.serverPages = true});
  connect("https://other.example", "typed-token");
  answerDiscovery();
  for (const auto& sent : http.requests()) {
    EXPECT_EQ(sent.request.url.rfind("https://other.example/", 0), 0u) << sent.request.url;
    EXPECT_NE(sent.header("authorization"), "Bearer " + std::string(kToken));
  }
  EXPECT_EQ(http.last().header("authorization"), "Bearer typed-token");
}

TEST_F(ControllerFaultsTest, ALinkToTheSameOriginConnectsAsUsual) {
  controller.start(AppConfig{.api = std::string(kRoot), .token = std::string(kToken)},
                   UrlOverrides{.api = "https://erp.example/17"}, Route{.serverPages = true});
  EXPECT_TRUE(state().connection.linkRoot.empty());
  EXPECT_EQ(http.last().request.url, "https://erp.example/17/obapi/v1");
}

TEST_F(ControllerFaultsTest, ALinkWithoutAConfiguredTokenRisksNothing) {
  controller.start(AppConfig{.api = std::string(kRoot)},
                   UrlOverrides{.api = "https://other.example"}, Route{.serverPages = true});
  EXPECT_TRUE(state().connection.linkRoot.empty());
  EXPECT_EQ(http.last().request.url, "https://other.example/obapi/v1");
}

TEST_F(ControllerFaultsTest, TheTokenNeverReachesTheStateThroughRetries) {
  connectWithRows(threeRows());
  controller.apply(RefreshIntent{});
  const std::string echo = R"({"error":{"type":"server_error","code":")" + std::string(kToken) +
                           R"(","message":"bad token )" + std::string(kToken) + R"("}})";
  ASSERT_TRUE(http.complete(http.lastId(), 500, echo));
  controller.poll();
  ASSERT_TRUE(state().list.retry);
  EXPECT_EQ(everyString(state()).find(kToken), std::string::npos);
}

}  // namespace
}  // namespace fiche::core::controller_testing
