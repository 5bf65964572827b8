// tests/core/app: kiosk mode through the Controller — the board's queries with the token, a
// board replaced only when complete, refresh in place, recovery that resumes the missing
// pages, staleness on arrival, a hidden page that sends nothing, a refused token.
#include <gtest/gtest.h>

#include "controller_fixture.hpp"

namespace fiche::core::controller_testing {
namespace {

// The fake clock's today is Tuesday 2026-02-10: the week began on Monday 2026-02-09, the
// one before on 2026-02-02; validated interventions wait from before 2026-02-03.
constexpr std::string_view kPeriodQuery =
    "page=1&per_page=200&date_start=2026-02-02&date_end=2026-02-10";
constexpr std::string_view kWaitingQuery =
    "page=1&per_page=200&date_end=2026-02-03&status=validated";

class ControllerKioskTest : public ControllerTest {
 protected:
  void startKiosk(KioskConfig kiosk = {}, UrlOverrides overrides = {}) {
    AppConfig config{.api = std::string(kRoot), .token = std::string(kToken), .kiosk = kiosk};
    if (!overrides.mode) config.mode = "kiosk";
    controller.start(config, overrides, Route{});
    answerDiscovery();
  }
  // The pending request whose URL ends with `query`, or kNoRequest.
  RequestId pending(std::string_view query) const {
    for (RequestId id : http.pendingIds()) {
      if (http.find(id)->request.url == listUrl(query)) return id;
    }
    return kNoRequest;
  }
  void answer(std::string_view query, const std::string& body) {
    const RequestId id = pending(query);
    ASSERT_NE(id, kNoRequest) << query;
    ASSERT_TRUE(http.complete(id, 200, body));
    controller.poll();
  }
  // Both queries answered with one page each.
  void loadBoard(const std::vector<Row>& period, const std::vector<Row>& waiting = {}) {
    answer(kPeriodQuery, listBody(period));
    answer(kWaitingQuery, listBody(waiting));
    ASSERT_TRUE(state().kiosk.board);
  }
  void advanceTo(double monotonicMs) {
    clock.advance(std::max(0.0, monotonicMs - clock.monotonicMs()));
    controller.poll();
  }
  const KioskState& kiosk() const { return state().kiosk; }
};

std::vector<Row> weekRows() {
  return {{.id = "1", .ref = "FI-TODAY", .date = "2026-02-10", .duration = 3600, .status = "done"},
          {.id = "2", .ref = "FI-MON", .date = "2026-02-09", .duration = 1800, .status = "draft"},
          {.id = "3", .ref = "FI-LAST", .date = "2026-02-03", .duration = 7200, .status = "done"}};
}

TEST_F(ControllerKioskTest, LoadsTheBoardsTwoQueriesWithTheTokenInsteadOfTheList) {
  startKiosk();
  EXPECT_TRUE(kiosk().enabled);
  EXPECT_EQ(kiosk().status, KioskLoad::Loading);
  ASSERT_EQ(http.pendingIds().size(), 2u) << "no list request in kiosk mode";
  for (std::string_view query : {kPeriodQuery, kWaitingQuery}) {
    const RequestId id = pending(query);
    ASSERT_NE(id, kNoRequest) << query;
    EXPECT_EQ(http.find(id)->header("Authorization"), "Bearer " + std::string(kToken));
    EXPECT_EQ(http.find(id)->header("Accept"), "application/json");
  }
  EXPECT_EQ(state().list.status, LoadStatus::Idle);
}

TEST_F(ControllerKioskTest, TheUrlsModeTurnsItOn) {
  startKiosk({}, UrlOverrides{.mode = "kiosk"});
  EXPECT_TRUE(kiosk().enabled);
  EXPECT_NE(pending(kPeriodQuery), kNoRequest);
}

TEST_F(ControllerKioskTest, TheBoardAppearsOnlyOnceEveryPageOfBothQueriesArrived) {
  startKiosk();
  // A full first page (the server's 50): 3 of this and last week, 47 from last Thursday.
  std::vector<Row> first = weekRows();
  for (int i = 0; i < 47; ++i) {
    first.push_back({.id = "t" + std::to_string(i),
                     .ref = "FI-T" + std::to_string(i),
                     .date = "2026-02-05",
                     .duration = 60});
  }
  answer(kPeriodQuery, listBody(first, 1, 2, 51));
  // The server clamped the page size to 50: page 2 is asked the same way (it clamps again).
  const std::string pageTwo = "page=2&per_page=200&date_start=2026-02-02&date_end=2026-02-10";
  EXPECT_NE(pending(pageTwo), kNoRequest) << "page 2 of the period";
  EXPECT_FALSE(kiosk().board);
  answer(kWaitingQuery,
         listBody({{.id = "9", .ref = "FI-OLD", .date = "2026-01-01", .status = "validated"}}));
  EXPECT_FALSE(kiosk().board) << "page 2 of the period is still missing";
  EXPECT_EQ(kiosk().pagesLoaded, 2);
  EXPECT_EQ(kiosk().pagesTotal, 3);
  const LocalDateTime arrival = clock.localNow();
  answer(pageTwo, listBody({{.id = "4", .ref = "FI-MON2", .date = "2026-02-09", .duration = 600}},
                           2, 2, 51));
  ASSERT_TRUE(kiosk().board);
  const Board& board = *kiosk().board;
  EXPECT_EQ(board.todayCount, 1);
  EXPECT_EQ(board.weekCount, 3);
  EXPECT_EQ(board.weekSeconds, 3600 + 1800 + 600);
  EXPECT_EQ(board.lastWeekSeconds, 7200 + 47 * 60);
  EXPECT_EQ(board.waitingCount, 1);
  EXPECT_EQ(board.oldestWaitingRef, "FI-OLD");
  EXPECT_EQ(kiosk().status, KioskLoad::Done);
  EXPECT_EQ(kiosk().boardVersion, 1u);
  ASSERT_TRUE(kiosk().lastSuccess);
  EXPECT_EQ(*kiosk().lastSuccess, arrival);
  EXPECT_EQ(kiosk().nextRefreshAtMs, clock.monotonicMs() + 60'000);
  EXPECT_EQ(kiosk().freshUntilMs, clock.monotonicMs() + 120'000);
  EXPECT_EQ(http.inFlight(), 0u);
}

TEST_F(ControllerKioskTest, ARefreshReplacesTheBoardInPlaceWhenItIsComplete) {
  startKiosk({.refreshSeconds = 30});
  loadBoard(weekRows());
  const std::size_t before = requestCount();
  ASSERT_EQ(controller.nextWakeMs(), kiosk().nextRefreshAtMs);
  advanceTo(kiosk().nextRefreshAtMs - 1);
  EXPECT_EQ(requestCount(), before) << "not before its time";
  advanceTo(kiosk().nextRefreshAtMs);
  EXPECT_EQ(requestCount(), before + 2);
  EXPECT_EQ(kiosk().status, KioskLoad::Loading);
  ASSERT_TRUE(kiosk().board) << "the old board stays while the new one loads";
  EXPECT_EQ(kiosk().board->weekCount, 2);
  answer(kPeriodQuery, listBody({weekRows()[0]}));
  EXPECT_EQ(kiosk().board->weekCount, 2) << "half a new set is not shown";
  answer(kWaitingQuery, listBody({}));
  EXPECT_EQ(kiosk().board->weekCount, 1);
  EXPECT_EQ(kiosk().boardVersion, 2u);
  EXPECT_EQ(kiosk().rounds, 2u);
}

TEST_F(ControllerKioskTest, AFailedRoundKeepsTheBoardAndResumesOnlyWhatIsMissing) {
  startKiosk();
  loadBoard(weekRows());
  advanceTo(kiosk().nextRefreshAtMs);
  answer(kWaitingQuery, listBody({}));
  // The period fails after every automatic retry.
  const RequestId periodId = pending(kPeriodQuery);
  ASSERT_NE(periodId, kNoRequest);
  ASSERT_TRUE(
      http.complete(periodId, 503, R"({"error":{"type":"x","code":"DOWN","message":"Down"}})"));
  controller.poll();
  for (int attempt = 0; attempt < 10 && kiosk().status == KioskLoad::Loading; ++attempt) {
    const std::optional<double> wake = controller.nextWakeMs();
    ASSERT_TRUE(wake);
    advanceTo(*wake);
    for (RequestId id : http.pendingIds()) {
      ASSERT_TRUE(http.complete(id, 503, "{}"));
    }
    controller.poll();
  }
  ASSERT_EQ(kiosk().status, KioskLoad::Failed);
  ASSERT_TRUE(kiosk().error);
  EXPECT_EQ(kiosk().error->httpStatus, 503);
  ASSERT_TRUE(kiosk().board);
  EXPECT_EQ(kiosk().board->weekCount, 2);
  EXPECT_EQ(kiosk().boardVersion, 1u);
  ASSERT_GT(kiosk().recoverAtMs, clock.monotonicMs());
  EXPECT_LE(kiosk().recoverAtMs, clock.monotonicMs() + 5000 * 1.25);

  const std::size_t before = requestCount();
  advanceTo(kiosk().recoverAtMs);
  ASSERT_EQ(requestCount(), before + 1) << "the waiting query had loaded: only the period again";
  EXPECT_EQ(http.last().request.url, listUrl(kPeriodQuery));
  answer(kPeriodQuery, listBody({weekRows()[0]}));
  EXPECT_EQ(kiosk().status, KioskLoad::Done);
  EXPECT_FALSE(kiosk().error);
  EXPECT_EQ(kiosk().board->weekCount, 1);
  EXPECT_EQ(kiosk().boardVersion, 2u);
}

TEST_F(ControllerKioskTest, StaleOnceNoBoardArrivedForTwoRefreshIntervals) {
  startKiosk({.refreshSeconds = 60});
  loadBoard(weekRows());
  const double loadedAt = clock.monotonicMs();
  // Every later request fails on the network, and keeps failing.
  auto failAll = [&] {
    for (RequestId id : http.pendingIds()) http.fail(id, Transport::NetworkError);
    controller.poll();
  };
  while (clock.monotonicMs() < loadedAt + 119'000) {
    EXPECT_FALSE(isBoardStale(kiosk(), clock.monotonicMs())) << clock.monotonicMs() - loadedAt;
    const std::optional<double> wake = controller.nextWakeMs();
    ASSERT_TRUE(wake);
    ASSERT_GT(*wake, clock.monotonicMs());
    advanceTo(std::min(*wake, loadedAt + 119'000));
    failAll();
  }
  EXPECT_FALSE(isBoardStale(kiosk(), clock.monotonicMs()));
  EXPECT_EQ(kiosk().status, KioskLoad::Failed);
  // The loop wakes for the moment the board turns stale.
  const std::optional<double> wake = controller.nextWakeMs();
  ASSERT_TRUE(wake);
  EXPECT_LE(*wake, loadedAt + 120'000);
  advanceTo(loadedAt + 120'001);
  EXPECT_TRUE(isBoardStale(kiosk(), clock.monotonicMs()));
  ASSERT_TRUE(kiosk().lastSuccess);
}

TEST_F(ControllerKioskTest, AHiddenPageSendsNothingAndGetsAnIntervalOfGraceWhenShown) {
  startKiosk({.refreshSeconds = 60});
  loadBoard(weekRows());
  controller.setPageVisible(false);
  const std::size_t before = requestCount();
  EXPECT_FALSE(controller.nextWakeMs()) << "nothing to wake up for while hidden";
  advanceTo(clock.monotonicMs() + 600'000);
  EXPECT_EQ(requestCount(), before);
  EXPECT_TRUE(isBoardStale(kiosk(), clock.monotonicMs())) << "old data is old";
  controller.setPageVisible(true);
  EXPECT_FALSE(isBoardStale(kiosk(), clock.monotonicMs()))
      << "hidden time does not count: the refresh due now gets its interval";
  controller.poll();
  EXPECT_EQ(requestCount(), before + 2) << "the overdue refresh runs at once";
}

TEST_F(ControllerKioskTest, ARefusedTokenFailsTheConnectionWithoutRecoveryAndKeepsTheBoard) {
  startKiosk();
  loadBoard(weekRows());
  advanceTo(kiosk().nextRefreshAtMs);
  const std::string refused = R"({"error":{"type":"authentication_error","code":"EXPIRED_TOKEN",
      "message":"Token )" + std::string(kToken) +
                              R"( expired"}})";
  ASSERT_TRUE(http.complete(pending(kPeriodQuery), 401, refused));
  controller.poll();
  EXPECT_EQ(state().connection.status, LoadStatus::Failed);
  ASSERT_TRUE(state().connection.error);
  EXPECT_EQ(state().connection.error->httpStatus, 401);
  EXPECT_EQ(kiosk().status, KioskLoad::Failed);
  EXPECT_EQ(kiosk().recoverAtMs, 0);
  EXPECT_EQ(kiosk().nextRefreshAtMs, 0);
  EXPECT_TRUE(kiosk().board);
  EXPECT_EQ(http.inFlight(), 0u) << "the other query was cancelled";
  ASSERT_TRUE(kiosk().error);
  EXPECT_EQ(kiosk().error->message.find(kToken), std::string::npos) << "token scrubbed";
  EXPECT_EQ(state().connection.error->message.find(kToken), std::string::npos);
}

TEST_F(ControllerKioskTest, WithoutValidatedAmongTheStatusesOnlyThePeriodIsLoaded) {
  startKiosk({.statuses = {"done", "billed"}});
  ASSERT_EQ(http.pendingIds().size(), 1u);
  answer(kPeriodQuery, listBody(weekRows()));
  ASSERT_TRUE(kiosk().board);
  EXPECT_FALSE(kiosk().board->showsWaiting);
  EXPECT_EQ(kiosk().board->weekCount, 1) << "the draft is not shown";
}

TEST_F(ControllerKioskTest, ARecoveryAfterMidnightStartsTheNewDaysRound) {
  startKiosk();
  loadBoard(weekRows());
  advanceTo(kiosk().nextRefreshAtMs);
  for (RequestId id : http.pendingIds()) ASSERT_TRUE(http.complete(id, 404, "{}"));
  controller.poll();
  ASSERT_EQ(kiosk().status, KioskLoad::Failed);
  ASSERT_GT(kiosk().recoverAtMs, 0);
  clock.setToday({2026, 2, 11});
  advanceTo(kiosk().recoverAtMs);
  EXPECT_NE(pending("page=1&per_page=200&date_start=2026-02-02&date_end=2026-02-11"), kNoRequest);
  EXPECT_NE(pending("page=1&per_page=200&date_end=2026-02-04&status=validated"), kNoRequest);
}

TEST_F(ControllerKioskTest, BrowseModeIsUnchanged) {
  controller.start({.api = std::string(kRoot), .token = std::string(kToken)}, {}, Route{});
  answerDiscovery();
  EXPECT_FALSE(kiosk().enabled);
  // The browser's own first list page, not the board's queries.
  ASSERT_EQ(http.pendingIds().size(), 1u);
  const std::string& url = http.last().request.url;
  EXPECT_EQ(url.rfind(std::string(kListBase) + "?page=1&", 0), 0u) << url;
  EXPECT_EQ(url.find("date_start"), std::string::npos) << url;
  EXPECT_EQ(url.find("status="), std::string::npos) << url;
}

}  // namespace
}  // namespace fiche::core::controller_testing
