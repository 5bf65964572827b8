// tests/ui/views: the interventions table — opening rows, sorting headers, the pager, the
// keyboard — and what it shows while loading or failing.
#include "ui/views/list_view.hpp"

#include <gtest/gtest.h>

#include <functional>

#include "imgui.h"
#include "ui/imgui_harness.hpp"
#include "view_states.hpp"
#include "view_test.hpp"

namespace fiche::ui {
namespace {

using testing::fullScreenWindow;
using testing::onlyRoute;

class ListViewTest : public testing::ViewTest {
 protected:
  void drawView() override {
    fullScreenWindow([this] { view.draw(state, keyboard, sink); });
  }
  // Clicks a table header; the table reports the new sort on the frame after the click.
  void clickHeader(std::string_view label) {
    clickLabel(label);
    harness.frame(draw);
  }

  ListView view;
  IntentSink sink;
  core::AppState state = testing::stateWithRows();
  bool keyboard = true;
};

TEST_F(ListViewTest, ShowsRowsPageAndTotal) {
  state = testing::stateWithRows(/*page=*/2, /*totalPages=*/4);
  show();
  for (const char* ref : {"FI-1", "FI-2", "FI-3"}) EXPECT_NE(harness.find(ref), nullptr) << ref;
  EXPECT_TRUE(harness.showsText("Page 2 of 4 · 153 interventions"));
  EXPECT_TRUE(harness.showsText("33:00")) << "no day roll-over";
  EXPECT_TRUE(harness.showsText("Total shown: 35:30"));
  EXPECT_TRUE(harness.showsText("2024-05-19"));
  EXPECT_TRUE(sink.empty());
}

TEST_F(ListViewTest, ClickingARowOpensIt) {
  state.route.status = "done";
  state.route.page = 1;
  show();
  clickLabel("FI-2");
  const auto route = onlyRoute(sink);
  ASSERT_TRUE(route);
  EXPECT_EQ(route->openId, "2");
  EXPECT_EQ(route->status, "done") << "the rest of the route is kept";
}

TEST_F(ListViewTest, ClickingTheOpenRowAgainSendsNothing) {
  state.route.openId = "2";
  show();
  clickLabel("FI-2");
  EXPECT_TRUE(sink.empty());
}

TEST_F(ListViewTest, RowsFollowTheStoreOrder) {
  state.list.store.setClientSort(core::ClientSort{.column = core::SortColumn::Duration});
  show();
  const ItemRecord* first = harness.find("FI-1");   // 1:00
  const ItemRecord* second = harness.find("FI-2");  // 1:30
  const ItemRecord* third = harness.find("FI-3");   // 33:00
  ASSERT_TRUE(first && second && third);
  EXPECT_LT(first->min.y, second->min.y);
  EXPECT_LT(second->min.y, third->min.y);
  EXPECT_TRUE(harness.showsText("Sorted by duration within this page only."));
}

TEST_F(ListViewTest, DurationHeaderSortsThisPageWithoutChangingIt) {
  state = testing::stateWithRows(/*page=*/3, /*totalPages=*/5);
  show();
  clickHeader("Duration");
  const auto route = onlyRoute(sink);
  ASSERT_TRUE(route);
  EXPECT_EQ(route->clientSort, "duration_asc");
  EXPECT_EQ(route->sort, "");
  EXPECT_EQ(route->page, 3) << "a client-side sort stays on the page";
}

TEST_F(ListViewTest, StatusHeaderSortsClientSide) {
  show();
  clickHeader("Status");
  const auto route = onlyRoute(sink);
  ASSERT_TRUE(route);
  EXPECT_EQ(route->clientSort, "status_asc");
}

TEST_F(ListViewTest, RefHeaderAsksTheServerFromPageOne) {
  state = testing::stateWithRows(/*page=*/3, /*totalPages=*/5);
  state.route.clientSort = "duration_asc";
  state.list.store.setClientSort(core::ClientSort{.column = core::SortColumn::Duration});
  show();
  clickHeader("Ref");
  const auto route = onlyRoute(sink);
  ASSERT_TRUE(route);
  EXPECT_EQ(route->sort, "ref_asc");
  EXPECT_EQ(route->clientSort, "") << "the server's order replaces the page sort";
  EXPECT_EQ(route->page, 1);
}

TEST_F(ListViewTest, DateHeaderTogglesTheServerSort) {
  state = testing::stateWithRows(/*page=*/2, /*totalPages=*/5);
  show();  // newest first: date descending
  clickHeader("Date");
  const auto route = onlyRoute(sink);
  ASSERT_TRUE(route);
  EXPECT_EQ(route->sort, "date_asc");
  EXPECT_EQ(route->page, 1);
}

TEST_F(ListViewTest, WithoutServerSortRefIsSortedHere) {
  state = testing::stateWithRows(/*page=*/2, /*totalPages=*/5);
  state.list.serverSortUnsupported = true;
  show();
  EXPECT_TRUE(harness.showsText("This server cannot sort"));
  clickHeader("Ref");
  const auto route = onlyRoute(sink);
  ASSERT_TRUE(route);
  EXPECT_EQ(route->clientSort, "ref_asc");
  EXPECT_EQ(route->page, 2);
}

TEST_F(ListViewTest, RedrawingTheSameSortSendsNothing) {
  state.route.sort = "ref_desc";
  show();
  harness.frame(draw);
  harness.frame(draw);
  EXPECT_TRUE(sink.empty()) << "syncing the headers to the route is not a click";
}

TEST_F(ListViewTest, PagerInTheMiddle) {
  state = testing::stateWithRows(/*page=*/3, /*totalPages=*/5);
  show();
  struct Case {
    const char* button;
    int page;
  };
  for (const Case& c : {Case{"First", 1}, Case{"Previous", 2}, Case{"Next", 4}, Case{"Last", 5}}) {
    clickLabel(c.button);
    const auto route = onlyRoute(sink);
    ASSERT_TRUE(route) << c.button;
    EXPECT_EQ(route->page, c.page) << c.button;
  }
}

TEST_F(ListViewTest, FirstAndPreviousDisabledOnPageOne) {
  state = testing::stateWithRows(/*page=*/1, /*totalPages=*/3);
  show();
  clickLabel("First");
  clickLabel("Previous");
  EXPECT_TRUE(sink.empty());
  clickLabel("Next");
  const auto route = onlyRoute(sink);
  ASSERT_TRUE(route);
  EXPECT_EQ(route->page, 2);
}

TEST_F(ListViewTest, NextAndLastDisabledOnTheLastPage) {
  state = testing::stateWithRows(/*page=*/3, /*totalPages=*/3);
  show();
  clickLabel("Next");
  clickLabel("Last");
  EXPECT_TRUE(sink.empty());
  clickLabel("Previous");
  const auto route = onlyRoute(sink);
  ASSERT_TRUE(route);
  EXPECT_EQ(route->page, 2);
}

TEST_F(ListViewTest, WithoutPageCountAFullPageSuggestsANextOne) {
  state.list.hasPagination = false;
  state.route.perPage = 3;  // the three rows fill the page
  show();
  EXPECT_TRUE(harness.showsText("Page 1"));
  clickLabel("Last");
  EXPECT_TRUE(sink.empty()) << "the last page is unknown";
  clickLabel("Next");
  const auto route = onlyRoute(sink);
  ASSERT_TRUE(route);
  EXPECT_EQ(route->page, 2);

  state.route.perPage = 4;  // a short page is the last one
  harness.frame(draw);
  clickLabel("Next");
  EXPECT_TRUE(sink.empty());
}

TEST_F(ListViewTest, KeyboardDownThenEnterOpens) {
  show();
  harness.press(ImGuiKey_DownArrow, draw);
  EXPECT_TRUE(sink.empty()) << "moving the selection opens nothing";
  harness.press(ImGuiKey_DownArrow, draw);
  harness.press(ImGuiKey_Enter, draw);
  const auto route = onlyRoute(sink);
  ASSERT_TRUE(route);
  EXPECT_EQ(route->openId, "2");
}

TEST_F(ListViewTest, KeyboardContinuesFromTheOpenRow) {
  state.route.openId = "2";
  show();
  harness.press(ImGuiKey_DownArrow, draw);
  harness.press(ImGuiKey_DownArrow, draw);  // clamped at the last row
  harness.press(ImGuiKey_Enter, draw);
  const auto route = onlyRoute(sink);
  ASSERT_TRUE(route);
  EXPECT_EQ(route->openId, "3");

  harness.press(ImGuiKey_Home, draw);
  harness.press(ImGuiKey_Enter, draw);
  const auto home = onlyRoute(sink);
  ASSERT_TRUE(home);
  EXPECT_EQ(home->openId, "1");
}

TEST_F(ListViewTest, EscapeClosesTheOpenDetail) {
  state.route.openId = "2";
  state.route.status = "done";
  show();
  harness.press(ImGuiKey_Escape, draw);
  const auto route = onlyRoute(sink);
  ASSERT_TRUE(route);
  EXPECT_EQ(route->openId, "");
  EXPECT_EQ(route->status, "done");
}

TEST_F(ListViewTest, EscapeWithoutDetailSendsNothing) {
  show();
  harness.press(ImGuiKey_Escape, draw);
  EXPECT_TRUE(sink.empty());
}

TEST_F(ListViewTest, KeysAreIgnoredWhenAnotherWidgetOwnsThem) {
  keyboard = false;
  state.route.openId = "2";
  show();
  harness.press(ImGuiKey_DownArrow, draw);
  harness.press(ImGuiKey_Enter, draw);
  harness.press(ImGuiKey_Escape, draw);
  EXPECT_TRUE(sink.empty());
}

TEST_F(ListViewTest, RowsStayWhileTheNextPageLoads) {
  state.list.status = core::LoadStatus::Pending;
  show();
  EXPECT_NE(harness.find("FI-1"), nullptr);
  EXPECT_FALSE(harness.showsText("Loading interventions"));
}

TEST_F(ListViewTest, LoadingAndEmptyStates) {
  state.list.store.replace({});
  state.list.status = core::LoadStatus::Pending;
  show();
  EXPECT_TRUE(harness.showsText("Loading interventions…"));
  EXPECT_EQ(harness.find("Next"), nullptr);
  state.list.status = core::LoadStatus::Ok;
  harness.frame(draw);
  EXPECT_TRUE(harness.showsText("No interventions match these filters."));
}

TEST_F(ListViewTest, Forbidden403IsExplainedWithRetry) {
  state.list.store.replace({});
  state.list.status = core::LoadStatus::Failed;
  state.list.error = core::Error{.kind = core::ErrorKind::Api,
                                 .httpStatus = 403,
                                 .apiCode = "FORBIDDEN",
                                 .message = "Insufficient rights"};
  show();
  EXPECT_TRUE(harness.showsMessage("This token has no access to interventions."));
  EXPECT_TRUE(harness.showsMessage("Insufficient rights"));
  clickLabel("Retry");
  std::vector<core::Intent> intents = sink.take();
  ASSERT_EQ(intents.size(), 1u);
  EXPECT_TRUE(std::holds_alternative<core::RefreshIntent>(intents[0]));
}

TEST_F(ListViewTest, FailedRefreshKeepsTheOldRowsAndSaysSo) {
  state.list.status = core::LoadStatus::Failed;
  state.list.error = core::Error{.kind = core::ErrorKind::Http, .httpStatus = 503};
  state.localNow = {.date = {.year = 2026, .month = 2, .day = 10}, .hour = 9, .minute = 50};
  state.list.lastSuccess = {.date = {.year = 2026, .month = 2, .day = 10}, .hour = 9, .minute = 41};
  state.nowMs = 10 * 60'000;
  state.list.lastSuccessMs = 60'000;
  show();
  EXPECT_TRUE(harness.showsMessage("The server had a problem (HTTP 503). Retry in a moment."));
  EXPECT_NE(harness.find("FI-1"), nullptr);
  EXPECT_TRUE(
      harness.showsText("Not up to date: showing the interventions as of 09:41 (9 min ago)."));
  EXPECT_NE(harness.find("Retry"), nullptr);
}

TEST_F(ListViewTest, AWaitingRetryShowsItsCountdownWithRetryNowAndStop) {
  state.list.status = core::LoadStatus::Pending;
  state.list.lastSuccess = core::LocalDateTime{.hour = 9, .minute = 41};
  state.nowMs = 100'000;
  state.list.retry =
      core::RetryInfo{.attempt = 2,
                      .maxAttempts = 4,
                      .atMs = 102'400,
                      .lastError = core::Error{.kind = core::ErrorKind::Http, .httpStatus = 502}};
  show();
  EXPECT_TRUE(harness.showsMessage("The server had a problem (HTTP 502). Retry in a moment."));
  EXPECT_TRUE(harness.showsMessage("Retrying in 3 s (attempt 2 of 4)."));
  EXPECT_TRUE(harness.showsText("Not up to date"));
  EXPECT_NE(harness.find("FI-1"), nullptr) << "the rows stay";
  clickLabel("Stop");
  std::vector<core::Intent> intents = sink.take();
  ASSERT_EQ(intents.size(), 1u);
  EXPECT_TRUE(std::holds_alternative<core::StopLoadingIntent>(intents[0]));
  clickLabel("Retry now");
  intents = sink.take();
  ASSERT_EQ(intents.size(), 1u);
  EXPECT_TRUE(std::holds_alternative<core::RefreshIntent>(intents[0]));
}

TEST_F(ListViewTest, APlannedRecoveryIsAnnounced) {
  state.list.status = core::LoadStatus::Failed;
  state.list.error = core::Error{.kind = core::ErrorKind::Network};
  state.nowMs = 0;
  state.list.recoverAtMs = 42'000;
  show();
  EXPECT_TRUE(harness.showsMessage("Fiche tries again by itself in 42 s."));
  EXPECT_NE(harness.find("Retry now"), nullptr);
  EXPECT_NE(harness.find("Stop"), nullptr);
}

TEST_F(ListViewTest, ABackgroundRefreshChangesNothingOnScreen) {
  state.list.status = core::LoadStatus::Pending;
  state.list.background = true;
  state.list.lastSuccess = core::LocalDateTime{.hour = 9};
  show();
  EXPECT_FALSE(harness.showsText("Not up to date"));
  EXPECT_TRUE(harness.messages().empty());
  EXPECT_NE(harness.find("FI-1"), nullptr);
  state.list.store.replace({});
  harness.frame(draw);
  EXPECT_TRUE(harness.showsText("No interventions match these filters."))
      << "an empty list does not flash Loading on each refresh";
}

}  // namespace
}  // namespace fiche::ui
