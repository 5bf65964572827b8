// tests/core/app: the Controller loading the whole history — every page in the background, in
// page order, replaced by a new filter only when its first page is there, searched, sorted and
// grouped here, hydrated behind, refreshed in place, resumed after a failure.
#include <gtest/gtest.h>

#include <algorithm>

#include "controller_fixture.hpp"

namespace fiche::core::controller_testing {
namespace {

// A page of `count` rows numbered from `first` (ids "1", "2"...; refs "FI-0001"...), one hour
// each, dates going back one day per row; the server says it holds `perPage` per page.
std::string historyPage(int first, int count, int page, int totalPages, int perPage = 3,
                        std::string_view status = "done") {
  std::vector<Row> rows;
  for (int i = 0; i < count; ++i) {
    const int n = first + i;
    char ref[16];
    std::snprintf(ref, sizeof ref, "FI-%04d", n);
    char date[16];
    std::snprintf(date, sizeof date, "2024-05-%02d", 28 - (n % 28));
    rows.push_back(Row{.id = std::to_string(n),
                       .ref = ref,
                       .date = date,
                       .duration = 3600,
                       .status = std::string(status)});
  }
  std::string body = listBody(rows, page, totalPages, static_cast<long long>(totalPages) * perPage);
  const std::string fifty = R"("per_page":50)";
  body.replace(body.find(fifty), fifty.size(), R"("per_page":)" + std::to_string(perPage));
  return body;
}

std::string historyUrl(int page, std::string_view filter = "") {
  std::string url = std::string(kListBase) + "?page=" + std::to_string(page) + "&per_page=200";
  if (!filter.empty()) url += "&" + std::string(filter);
  return url + "&sort=date_desc";
}

class ControllerHistoryTest : public ControllerTest {
 protected:
  ControllerHistoryTest() { navigate(Route{}); }  // the whole history, the app's default

  // The pending request for this URL, or kNoRequest.
  RequestId pendingFor(std::string_view url) const {
    for (const RequestId id : http.pendingIds()) {
      if (http.find(id)->request.url == url) return id;
    }
    return kNoRequest;
  }
  void answer(std::string_view url, std::string body, int status = 200) {
    const RequestId id = pendingFor(url);
    ASSERT_NE(id, kNoRequest) << "nothing pending for " << url;
    ASSERT_TRUE(http.complete(id, status, std::move(body)));
    controller.poll();
  }
  std::vector<std::string> pendingListUrls() const {
    std::vector<std::string> urls;
    for (const RequestId id : http.pendingIds()) {
      const std::string& url = http.find(id)->request.url;
      if (url.starts_with(kListBase) && url.find('?') != std::string::npos) urls.push_back(url);
    }
    std::sort(urls.begin(), urls.end());
    return urls;
  }
  std::vector<std::string> pendingDetailIds() const {
    std::vector<std::string> ids;
    const std::string prefix = std::string(kListBase) + "/";
    for (const RequestId id : http.pendingIds()) {
      const std::string& url = http.find(id)->request.url;
      if (url.starts_with(prefix)) ids.push_back(url.substr(prefix.size()));
    }
    return ids;
  }
  // Connected, and all three pages of nine rows loaded (no detail answered).
  void loadNineRows() {
    connectWithDiscovery();
    answer(historyUrl(1), historyPage(1, 3, 1, 3));
    answer(historyUrl(2), historyPage(4, 3, 2, 3));
    answer(historyUrl(3), historyPage(7, 3, 3, 3));
    ASSERT_FALSE(state().list.history.loading);
    ASSERT_EQ(state().list.store.size(), 9u);
  }
};

TEST_F(ControllerHistoryTest, PageOneFirstThenTheRestInTheBackgroundWhileTheListIsUsable) {
  connectWithDiscovery();
  EXPECT_EQ(pendingListUrls(), (std::vector<std::string>{historyUrl(1)}));
  EXPECT_EQ(state().list.status, LoadStatus::Pending);
  answer(historyUrl(1), historyPage(1, 3, 1, 4));
  const ListState& list = state().list;
  EXPECT_EQ(list.status, LoadStatus::Ok) << "usable as soon as page 1 is there";
  EXPECT_TRUE(list.history.loading);
  EXPECT_EQ(list.store.size(), 3u);
  EXPECT_EQ(list.history.progress.itemsLoaded, 3);
  EXPECT_EQ(list.history.progress.itemsTotal, 12);
  EXPECT_EQ(pendingListUrls(),
            (std::vector<std::string>{historyUrl(2), historyUrl(3), historyUrl(4)}))
      << "three at a time";
  for (const auto& sent : http.requests()) {
    if (sent.request.url.starts_with(kListBase)) {
      EXPECT_EQ(sent.header("authorization"), "Bearer " + std::string(kToken));
    }
  }
  answer(historyUrl(4), historyPage(10, 3, 4, 4));
  EXPECT_EQ(list.store.size(), 3u) << "page 4 waits for pages 2 and 3: the server's order holds";
  answer(historyUrl(2), historyPage(4, 3, 2, 4));
  answer(historyUrl(3), historyPage(7, 3, 3, 4));
  EXPECT_FALSE(list.history.loading);
  ASSERT_EQ(list.store.size(), 12u);
  for (std::size_t i = 0; i < 12; ++i) EXPECT_EQ(list.store.at(i).id, std::to_string(i + 1));
  EXPECT_EQ(list.store.totals().count, 12u);
  EXPECT_EQ(list.store.totals().durationSeconds, 12 * 3600);
  EXPECT_TRUE(list.lastSuccess);
}

TEST_F(ControllerHistoryTest, SearchSortAndGroupSendNothingAndAnExactRefOpensIt) {
  loadNineRows();
  const std::size_t sent = requestCount();
  navigate(routeWith([](Route& r) { r.order = "ref_desc"; }));
  EXPECT_EQ(state().list.store.at(0).ref, "FI-0009");
  navigate(routeWith([](Route& r) { r.group = "status"; }));
  EXPECT_EQ(state().list.store.groups().size(), 1u);
  navigate(routeWith([](Route& r) { r.search = "fi-000"; }));
  EXPECT_EQ(state().list.store.size(), 9u);
  EXPECT_TRUE(state().route.openId.empty()) << "not an exact ref";
  std::size_t detailRequests = 0;
  for (std::size_t i = sent; i < requestCount(); ++i) {
    EXPECT_FALSE(http.requests()[i].request.url.find('?') != std::string::npos &&
                 http.requests()[i].request.url.starts_with(kListBase))
        << "no list request for a view option: " << http.requests()[i].request.url;
    ++detailRequests;
  }
  navigate(routeWith([](Route& r) { r.search = " fi-0007 "; }));
  EXPECT_EQ(state().route.openId, "7") << "typing an exact ref opens it";
  EXPECT_EQ(http.last().request.url, std::string(kListBase) + "/7");
  EXPECT_EQ(state().list.store.size(), 1u);
}

TEST_F(ControllerHistoryTest, ANewFilterKeepsTheOldRowsUntilItsFirstPageArrives) {
  loadNineRows();
  navigate(routeWith([](Route& r) { r.status = "billed"; }));
  EXPECT_EQ(state().list.status, LoadStatus::Pending);
  EXPECT_EQ(state().list.store.size(), 9u) << "the old rows stay meanwhile (dimmed)";
  EXPECT_EQ(pendingListUrls(), (std::vector<std::string>{historyUrl(1, "status=billed")}));
  answer(historyUrl(1, "status=billed"), historyPage(50, 2, 1, 1, 3, "billed"));
  EXPECT_EQ(state().list.status, LoadStatus::Ok);
  ASSERT_EQ(state().list.store.size(), 2u);
  EXPECT_EQ(state().list.store.at(0).status, "billed");
  EXPECT_FALSE(state().list.history.loading);
}

TEST_F(ControllerHistoryTest, ChangingTheFilterMidLoadCancelsThePagesInFlight) {
  connectWithDiscovery();
  answer(historyUrl(1), historyPage(1, 3, 1, 10));
  const int cancelledBefore = http.cancellations();
  navigate(routeWith([](Route& r) { r.status = "draft"; }));
  EXPECT_EQ(http.cancellations() - cancelledBefore, 3 + 2)
      << "the three pages in flight, and the two details being hydrated";
  EXPECT_EQ(pendingListUrls(), (std::vector<std::string>{historyUrl(1, "status=draft")}));
}

TEST_F(ControllerHistoryTest, DetailsAreHydratedBehindTheRowsOnScreenFirstAndSearchReachesThem) {
  loadNineRows();
  EXPECT_EQ(pendingDetailIds().size(), 2u) << "two at a time";
  controller.apply(VisibleRowsIntent{.ids = {"8", "9"}});
  // Answer every detail as it is asked for, with a line mentioning "onduleur" for row 9.
  std::vector<std::string> order;
  for (int guard = 0; guard < 20 && !pendingDetailIds().empty(); ++guard) {
    const std::string id = pendingDetailIds().front();
    order.push_back(id);
    std::string body = detailBody(id, "FI-X");
    if (id == "9") {
      const std::string from = "\"Update\"";
      body.replace(body.find(from), from.size(), "\"Remplacement onduleur\"");
    }
    answer(std::string(kListBase) + "/" + id, body);
  }
  ASSERT_EQ(order.size(), 9u);
  const auto at = [&](const char* id) {
    return std::find(order.begin(), order.end(), id) - order.begin();
  };
  EXPECT_LT(at("8"), 4) << "rows on screen jump the queue";
  EXPECT_LT(at("9"), 4);
  EXPECT_EQ(state().list.history.hydration.hydrated, 9u);
  EXPECT_EQ(state().list.store.hydratedCount(), 9u);
  navigate(routeWith([](Route& r) { r.search = "Onduleur"; }));
  ASSERT_EQ(state().list.store.size(), 1u);
  EXPECT_EQ(state().list.store.at(0).id, "9");
}

TEST_F(ControllerHistoryTest, HydrationWaitsWhileTheUsersOwnDetailLoads) {
  loadNineRows();
  navigate(routeWith([](Route& r) { r.openId = "5"; }));
  const std::size_t before = pendingDetailIds().size();  // two background ones and the user's
  for (const std::string& id : pendingDetailIds()) {
    if (id == "5") continue;
    answer(std::string(kListBase) + "/" + id, detailBody(id, "FI-X"));
  }
  EXPECT_EQ(pendingDetailIds(), (std::vector<std::string>{"5"}))
      << "nothing new while the user's detail is in flight (had " << before << ")";
  answer(std::string(kListBase) + "/5", detailBody("5", "FI-0005"));
  EXPECT_TRUE(state().list.store.hydrated("5")) << "the user's detail hydrates its row";
  EXPECT_EQ(pendingDetailIds().size(), 2u) << "background work resumes";
}

TEST_F(ControllerHistoryTest, AFailedPageKeepsWhatArrivedAndRecoveryAsksOnlyForTheMissingPages) {
  connectWithDiscovery();
  answer(historyUrl(1), historyPage(1, 3, 1, 3));
  answer(historyUrl(3), historyPage(7, 3, 3, 3));
  // Page 2 fails, and so do its automatic retries.
  for (int attempt = 0; attempt < 4; ++attempt) {
    const RequestId page2 = pendingFor(historyUrl(2));
    ASSERT_NE(page2, kNoRequest) << "attempt " << attempt + 1;
    ASSERT_TRUE(http.fail(page2, Transport::NetworkError));
    controller.poll();
    if (const RetryInfo* retry = waitingRetry()) {
      clock.advance(retry->atMs - clock.monotonicMs());
      controller.poll();
    }
  }
  const ListState& list = state().list;
  EXPECT_EQ(list.status, LoadStatus::Failed);
  ASSERT_TRUE(list.error);
  EXPECT_EQ(list.error->kind, ErrorKind::Network);
  EXPECT_EQ(list.store.size(), 3u) << "page 1 stays; page 3 waits for page 2";
  EXPECT_TRUE(isStale(list));
  ASSERT_GT(list.recoverAtMs, 0);
  clock.advance(list.recoverAtMs - clock.monotonicMs());
  controller.poll();
  EXPECT_EQ(pendingListUrls(), (std::vector<std::string>{historyUrl(2)}))
      << "only the page still missing";
  answer(historyUrl(2), historyPage(4, 3, 2, 3));
  EXPECT_EQ(list.status, LoadStatus::Ok);
  EXPECT_FALSE(list.history.loading);
  EXPECT_EQ(list.store.size(), 9u);
  EXPECT_FALSE(isStale(list));
}

TEST_F(ControllerHistoryTest, ARefreshReloadsInPlaceAndDropsTheRowsGone) {
  controller.start(
      AppConfig{.api = std::string(kRoot), .token = std::string(kToken), .refreshSeconds = 60}, {},
      Route{});
  answerDiscovery();
  answer(historyUrl(1), historyPage(1, 3, 1, 2));
  answer(historyUrl(2), historyPage(4, 3, 2, 2));
  ASSERT_EQ(state().list.store.size(), 6u);
  controller.apply(SelectIntent{.action = SelectIntent::Action::Only, .id = "2"});
  clock.advance(60'000);
  controller.poll();
  EXPECT_EQ(pendingListUrls(), (std::vector<std::string>{historyUrl(1)}));
  EXPECT_TRUE(state().list.background);
  // Row 6 was deleted on the server: the second page now holds 4 and 5 only.
  answer(historyUrl(1), historyPage(1, 3, 1, 2));
  EXPECT_EQ(state().list.store.size(), 6u) << "nothing is cleared in between";
  answer(historyUrl(2), historyPage(4, 2, 2, 2));
  EXPECT_EQ(state().list.store.size(), 5u);
  EXPECT_FALSE(state().list.store.displayIndexOf("6"));
  EXPECT_TRUE(state().list.store.isSelected("2")) << "the selection survives";
  EXPECT_EQ(state().list.nextRefreshAtMs, clock.monotonicMs() + 60'000);
}

TEST_F(ControllerHistoryTest, A401WhileLoadingFailsTheConnectionAndKeepsTheRoute) {
  connectWithDiscovery();
  navigate(routeWith([](Route& r) { r.search = "x"; }));
  answer(historyUrl(1), historyPage(1, 3, 1, 3));
  answer(historyUrl(2), R"({"error":{"type":"authentication_error","code":"EXPIRED_TOKEN"}})", 401);
  EXPECT_EQ(state().connection.status, LoadStatus::Failed);
  EXPECT_EQ(state().connection.error->apiCode, "EXPIRED_TOKEN");
  EXPECT_EQ(state().route.search, "x");
  EXPECT_EQ(http.inFlight(), 0u) << "pages and details in flight are cancelled";
}

TEST_F(ControllerHistoryTest, AServerRefusingSortIsAskedAgainWithoutItAndSortedHere) {
  connectWithDiscovery();
  answer(historyUrl(1), R"({"error":{"type":"invalid_request","code":"BAD_SORT"}})", 400);
  EXPECT_TRUE(state().list.serverSortUnsupported);
  const std::string unsorted = std::string(kListBase) + "?page=1&per_page=200";
  ASSERT_NE(pendingFor(unsorted), kNoRequest);
  answer(unsorted, listBody({Row{.id = "1", .ref = "A", .date = "2024-01-01"},
                             Row{.id = "2", .ref = "B", .date = "2024-03-01"}}));
  ASSERT_EQ(state().list.store.size(), 2u);
  EXPECT_EQ(state().list.store.at(0).id, "2") << "newest first, done here";
}

TEST_F(ControllerHistoryTest, SelectionIntentsReachTheStore) {
  loadNineRows();
  controller.apply(SelectIntent{.action = SelectIntent::Action::Only, .id = "2"});
  controller.apply(SelectIntent{.action = SelectIntent::Action::RangeTo, .id = "4"});
  EXPECT_EQ(state().list.store.selectionTotals().count, 3u);
  controller.apply(SelectIntent{.action = SelectIntent::Action::Toggle, .id = "9"});
  EXPECT_EQ(state().list.store.selectionTotals().count, 4u);
  EXPECT_EQ(state().list.store.selectionTotals().durationSeconds, 4 * 3600);
  controller.apply(SelectIntent{.action = SelectIntent::Action::AllShown});
  EXPECT_EQ(state().list.store.selectionTotals().count, 9u);
  controller.apply(SelectIntent{.action = SelectIntent::Action::Clear});
  EXPECT_EQ(state().list.store.selectionTotals().count, 0u);
}

TEST_F(ControllerHistoryTest, SwitchingToServerPagesLoadsOnePage) {
  loadNineRows();
  navigate(routeWith([](Route& r) { r.serverPages = true; }));
  EXPECT_EQ(http.last().request.url, kFirstPageUrl);
  ASSERT_TRUE(http.complete(http.lastId(), 200, listBody(threeRows())));
  controller.poll();
  EXPECT_EQ(state().list.store.size(), 3u);
}

}  // namespace
}  // namespace fiche::core::controller_testing
