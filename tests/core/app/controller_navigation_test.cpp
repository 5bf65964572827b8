// tests/core/app: the Controller's routes — one list request per filter, sort or page change,
// client-side sorts without requests, the detail slot, stale replies, date presets, and the
// server refusing `sort`.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "controller_fixture.hpp"
#include "core/app/controller.hpp"

namespace fiche::core::controller_testing {
namespace {

using Strings = std::vector<std::string>;
constexpr std::string_view kDetail42 = "https://erp.example/16/obapi/v1/interventions/42";

class ControllerNavigationTest : public ControllerTest {
 protected:
  void SetUp() override { connectWithRows(threeRows()); }

  // Navigates and expects exactly one new request: a list request with `query` and the token.
  void expectOneListRequest(const Route& route, std::string_view query) {
    const std::size_t before = requestCount();
    navigate(route);
    ASSERT_EQ(requestCount(), before + 1) << formatRoute(route);
    EXPECT_EQ(http.last().request.url, listUrl(query)) << formatRoute(route);
    EXPECT_EQ(http.last().header("authorization"), "Bearer " + std::string(kToken));
    EXPECT_EQ(state().list.status, LoadStatus::Pending);
    EXPECT_EQ(state().route, route);
  }
};

TEST_F(ControllerNavigationTest, EachFilterSortOrPageChangeSendsOneListRequest) {
  expectOneListRequest(Route{.serverPages = true, .status = "done"},
                       "page=1&per_page=50&status=done&sort=date_desc");
  expectOneListRequest(Route{.serverPages = true, .status = "done", .page = 2},
                       "page=2&per_page=50&status=done&sort=date_desc");
  expectOneListRequest(Route{.serverPages = true, .status = "done", .sort = "ref_asc"},
                       "page=1&per_page=50&status=done&sort=ref_asc");
  expectOneListRequest(
      Route{.serverPages = true, .status = "done", .sort = "ref_asc", .perPage = 100},
      "page=1&per_page=100&status=done&sort=ref_asc");
  expectOneListRequest(
      Route{.serverPages = true, .period = DatePreset::Today, .sort = "date_asc"},
      "page=1&per_page=50&date_start=2026-02-10&date_end=2026-02-10&sort=date_asc");
  expectOneListRequest(Route{.serverPages = true}, "page=1&per_page=50&sort=date_desc");
}

TEST_F(ControllerNavigationTest, EachChangeCancelsTheRequestItSupersedes) {
  navigate(Route{.serverPages = true, .page = 2});
  const RequestId page2 = http.lastId();
  navigate(Route{.serverPages = true, .page = 3});
  EXPECT_TRUE(http.find(page2)->cancelled);
  EXPECT_EQ(http.pendingIds(), std::vector<RequestId>{http.lastId()});
}

TEST_F(ControllerNavigationTest, SameRouteSendsNothing) {
  const std::size_t before = requestCount();
  navigate(state().route);
  navigate(Route{.serverPages = true, .sort = "date_desc"});  // the server's default, spelled out
  EXPECT_EQ(requestCount(), before);
  EXPECT_EQ(state().list.status, LoadStatus::Ok);
}

TEST_F(ControllerNavigationTest, RowsStayWhileTheNextPageLoads) {
  navigate(Route{.serverPages = true, .page = 2});
  EXPECT_EQ(state().list.status, LoadStatus::Pending);
  EXPECT_EQ(shownRefs(), (Strings{"FI-C", "FI-A", "FI-B"}));
  EXPECT_EQ(state().list.query.page, 2);
  ASSERT_TRUE(http.complete(http.lastId(), 200,
                            listBody({{.id = "9", .ref = "FI-Z"}}, /*page=*/2, /*pages=*/2, 51)));
  EXPECT_TRUE(controller.poll());
  EXPECT_EQ(shownRefs(), Strings{"FI-Z"});
  EXPECT_EQ(state().list.pagination.page, 2);
  EXPECT_EQ(state().list.pagination.totalPages, 2);
  EXPECT_EQ(state().list.pagination.totalItems, 51);
}

TEST_F(ControllerNavigationTest, SupersededListReplyArrivingLastIsDropped) {
  navigate(Route{.serverPages = true, .page = 2});
  const RequestId page2 = http.lastId();
  navigate(Route{.serverPages = true, .page = 3});
  ASSERT_TRUE(http.complete(http.lastId(), 200, listBody({{.id = "30", .ref = "PAGE3"}}, 3, 3)));
  EXPECT_TRUE(controller.poll());
  http.forceDeliver(
      HttpResponse{.id = page2, .status = 200, .body = listBody({{.id = "20", .ref = "PAGE2"}})});
  EXPECT_FALSE(controller.poll());
  EXPECT_EQ(shownRefs(), Strings{"PAGE3"});
  EXPECT_EQ(state().list.pagination.page, 3);
}

TEST_F(ControllerNavigationTest, SupersededListErrorArrivingFirstIsDropped) {
  navigate(Route{.serverPages = true, .status = "draft"});
  const RequestId draft = http.lastId();
  navigate(Route{.serverPages = true, .status = "done"});
  http.forceDeliver(HttpResponse{.id = draft, .status = 500, .body = "boom"});
  EXPECT_FALSE(controller.poll());
  EXPECT_EQ(state().list.status, LoadStatus::Pending);
  EXPECT_FALSE(state().list.error);
}

TEST_F(ControllerNavigationTest, ClientSortSendsNoRequestAndReordersRows) {
  const std::size_t before = requestCount();
  navigate(Route{.serverPages = true, .clientSort = "duration_asc"});
  EXPECT_EQ(requestCount(), before);
  EXPECT_EQ(state().list.status, LoadStatus::Ok);
  EXPECT_EQ(shownRefs(), (Strings{"FI-B", "FI-C", "FI-A"}));  // 0:30, 1:00, 3:00

  navigate(Route{.serverPages = true, .clientSort = "status_asc"});
  EXPECT_EQ(requestCount(), before);
  EXPECT_EQ(shownRefs(), (Strings{"FI-A", "FI-B", "FI-C"}));  // draft, done, billed

  navigate(Route{.serverPages = true});
  EXPECT_EQ(requestCount(), before);
  EXPECT_EQ(shownRefs(), (Strings{"FI-C", "FI-A", "FI-B"})) << "back to the server's order";
}

TEST_F(ControllerNavigationTest, DescendingClientSortReordersRows) {
  const std::size_t before = requestCount();
  navigate(Route{.serverPages = true, .clientSort = "duration_desc"});
  EXPECT_EQ(requestCount(), before);
  EXPECT_EQ(shownRefs(), (Strings{"FI-A", "FI-C", "FI-B"}));
  navigate(Route{.serverPages = true, .clientSort = "status_desc"});
  EXPECT_EQ(shownRefs(), (Strings{"FI-C", "FI-B", "FI-A"}));
}

TEST_F(ControllerNavigationTest, ClientSortAppliesToTheNextPageToo) {
  navigate(Route{.serverPages = true, .clientSort = "duration_asc"});
  navigate(Route{.serverPages = true, .clientSort = "duration_asc", .page = 2});
  ASSERT_TRUE(http.complete(http.lastId(), 200,
                            listBody({{.id = "a", .ref = "LONG", .duration = 9000},
                                      {.id = "b", .ref = "SHORT", .duration = 60}})));
  controller.poll();
  EXPECT_EQ(shownRefs(), (Strings{"SHORT", "LONG"}));
}

TEST_F(ControllerNavigationTest, OpeningARowSendsOnlyADetailRequest) {
  const std::size_t before = requestCount();
  navigate(Route{.serverPages = true, .openId = "42"});
  ASSERT_EQ(requestCount(), before + 1);
  EXPECT_EQ(http.last().request.url, kDetail42);
  EXPECT_EQ(http.last().header("authorization"), "Bearer " + std::string(kToken));
  EXPECT_EQ(state().list.status, LoadStatus::Ok) << "the list is not reloaded";
  EXPECT_EQ(state().detail.status, LoadStatus::Pending);
  EXPECT_EQ(state().detail.id, "42");
}

TEST_F(ControllerNavigationTest, DetailIsDecoded) {
  navigate(Route{.serverPages = true, .openId = "42"});
  ASSERT_TRUE(http.complete(http.lastId(), 200, std::string(fx::kSeedSingle)));
  EXPECT_TRUE(controller.poll());
  const DetailState& detail = state().detail;
  EXPECT_EQ(detail.status, LoadStatus::Ok);
  EXPECT_FALSE(detail.error);
  EXPECT_EQ(detail.intervention.ref, "FI2405-0005");
  EXPECT_EQ(detail.intervention.contractRef, "CT2405-0002");
  EXPECT_EQ(detail.intervention.durationSeconds, 7200);
  ASSERT_EQ(detail.intervention.lines.size(), 2u);
  EXPECT_EQ(detail.intervention.lines[1].productRef, "SRV-CONF");
}

TEST_F(ControllerNavigationTest, UndecodableDetailIsDecodeError) {
  navigate(Route{.serverPages = true, .openId = "42"});
  ASSERT_TRUE(http.complete(http.lastId(), 200, R"({"items":[]})"));
  controller.poll();
  EXPECT_EQ(state().detail.status, LoadStatus::Failed);
  ASSERT_TRUE(state().detail.error);
  EXPECT_EQ(state().detail.error->kind, ErrorKind::Decode);
}

TEST_F(ControllerNavigationTest, ClosingTheDetailCancelsItsRequest) {
  navigate(Route{.serverPages = true, .openId = "42"});
  const RequestId detail = http.lastId();
  const std::size_t before = requestCount();
  navigate(Route{.serverPages = true});
  EXPECT_EQ(requestCount(), before);
  EXPECT_TRUE(http.find(detail)->cancelled);
  EXPECT_EQ(state().detail.status, LoadStatus::Idle);
  EXPECT_TRUE(state().detail.id.empty());
  http.forceDeliver(HttpResponse{.id = detail, .status = 200, .body = detailBody("42", "LATE")});
  EXPECT_FALSE(controller.poll());
  EXPECT_TRUE(state().detail.intervention.id.empty());
}

TEST_F(ControllerNavigationTest, SupersededDetailReplyArrivingLastIsDropped) {
  navigate(Route{.serverPages = true, .openId = "42"});
  const RequestId first = http.lastId();
  navigate(Route{.serverPages = true, .openId = "43"});
  EXPECT_TRUE(http.find(first)->cancelled);
  ASSERT_TRUE(http.complete(http.lastId(), 200, detailBody("43", "FI-43")));
  EXPECT_TRUE(controller.poll());
  http.forceDeliver(HttpResponse{.id = first, .status = 200, .body = detailBody("42", "FI-42")});
  EXPECT_FALSE(controller.poll());
  EXPECT_EQ(state().detail.id, "43");
  EXPECT_EQ(state().detail.intervention.ref, "FI-43");
}

TEST_F(ControllerNavigationTest, ChangingFilterAndOpenRowSendsOneOfEach) {
  const std::size_t before = requestCount();
  navigate(Route{.serverPages = true, .status = "done", .openId = "42"});
  ASSERT_EQ(requestCount(), before + 2);
  EXPECT_EQ(http.requests()[before].request.url,
            listUrl("page=1&per_page=50&status=done&sort=date_desc"));
  EXPECT_EQ(http.requests()[before + 1].request.url, kDetail42);
}

TEST_F(ControllerNavigationTest, FilterChangeKeepsTheOpenDetail) {
  navigate(Route{.serverPages = true, .openId = "42"});
  ASSERT_TRUE(http.complete(http.lastId(), 200, detailBody("42", "FI-42")));
  controller.poll();
  const std::size_t before = requestCount();
  navigate(Route{.serverPages = true, .status = "done", .openId = "42"});
  EXPECT_EQ(requestCount(), before + 1) << "only the list";
  EXPECT_EQ(state().detail.status, LoadStatus::Ok);
  EXPECT_EQ(state().detail.intervention.ref, "FI-42");
}

TEST_F(ControllerNavigationTest, RefreshReloadsListAndOpenDetail) {
  navigate(Route{.serverPages = true, .openId = "42"});
  ASSERT_TRUE(http.complete(http.lastId(), 200, detailBody("42", "FI-42")));
  controller.poll();
  const std::size_t before = requestCount();
  controller.apply(RefreshIntent{});
  ASSERT_EQ(requestCount(), before + 2);
  EXPECT_EQ(http.requests()[before].request.url, kFirstPageUrl);
  EXPECT_EQ(http.requests()[before + 1].request.url, kDetail42);
  EXPECT_EQ(state().detail.intervention.ref, "FI-42") << "kept while the refresh is pending";
  EXPECT_EQ(state().detail.status, LoadStatus::Pending);
}

TEST_F(ControllerNavigationTest, Detail403And404AreDetailErrorsOnly) {
  navigate(Route{.serverPages = true, .openId = "42"});
  ASSERT_TRUE(http.complete(
      http.lastId(), 404,
      R"({"error":{"type":"not_found","code":"NOT_FOUND","message":"Intervention not found"}})"));
  controller.poll();
  EXPECT_EQ(state().detail.status, LoadStatus::Failed);
  ASSERT_TRUE(state().detail.error);
  EXPECT_EQ(state().detail.error->httpStatus, 404);
  EXPECT_EQ(state().detail.error->message, "Intervention not found");
  EXPECT_EQ(state().connection.status, LoadStatus::Ok);
  EXPECT_EQ(state().list.status, LoadStatus::Ok);

  navigate(Route{.serverPages = true, .openId = "43"});
  ASSERT_TRUE(http.complete(http.lastId(), 403, ""));
  controller.poll();
  EXPECT_EQ(state().detail.status, LoadStatus::Failed);
  ASSERT_TRUE(state().detail.error);
  EXPECT_EQ(state().detail.error->httpStatus, 403);
  EXPECT_EQ(state().detail.error->kind, ErrorKind::Http);
  EXPECT_EQ(state().connection.status, LoadStatus::Ok);
}

TEST_F(ControllerNavigationTest, Detail401FailsTheConnectionAndKeepsTheRoute) {
  navigate(Route{.serverPages = true, .status = "done", .openId = "42"});
  const RequestId list = http.requests()[http.requests().size() - 2].id;
  ASSERT_TRUE(http.complete(http.lastId(), 401, std::string(fx::kInvalidToken)));
  controller.poll();
  EXPECT_EQ(state().connection.status, LoadStatus::Failed);
  ASSERT_TRUE(state().connection.error);
  EXPECT_EQ(state().connection.error->httpStatus, 401);
  EXPECT_TRUE(http.find(list)->cancelled);
  EXPECT_EQ(state().route, (Route{.serverPages = true, .status = "done", .openId = "42"}));
}

TEST_F(ControllerNavigationTest, NavigatingBeforeConnectingLoadsNothingUntilDiscovery) {
  fiche::test::FakeHttpClient client;
  Controller subject{ControllerServices{
      .http = client, .documents = documents, .credentials = credentials, .clock = clock}};
  subject.apply(NavigateIntent{Route{.serverPages = true, .status = "done", .openId = "5"}});
  EXPECT_TRUE(client.requests().empty());
  subject.apply(ConnectIntent{.apiRoot = std::string(kRoot), .token = "t"});
  ASSERT_TRUE(client.complete(client.lastId(), 200, std::string(fx::kDiscoveryA)));
  subject.poll();
  ASSERT_EQ(client.requests().size(), 3u);
  EXPECT_EQ(client.requests()[1].request.url,
            listUrl("page=1&per_page=50&status=done&sort=date_desc"));
  EXPECT_EQ(client.requests()[2].request.url, "https://erp.example/16/obapi/v1/interventions/5");
}

TEST_F(ControllerNavigationTest, PageSizeIsBoundedByMaxPerPage) {
  expectOneListRequest(Route{.serverPages = true, .perPage = 200},
                       "page=1&per_page=200&sort=date_desc");
  const std::size_t before = requestCount();
  navigate(Route{.serverPages = true, .perPage = 1000});
  EXPECT_EQ(requestCount(), before) << "1000 is capped to the 200 already asked for";
  EXPECT_EQ(state().route.perPage, 200);
}

TEST_F(ControllerNavigationTest, PageBelowOneIsPageOne) {
  navigate(Route{.serverPages = true, .page = 0});
  EXPECT_EQ(state().route.page, 1);
}

// Date presets are relative to the FakeClock's today (2026-02-10, a Tuesday).
struct PresetCase {
  DatePreset preset;
  CivilDate today;
  const char* query;
};

class ControllerPresetTest : public ControllerNavigationTest,
                             public ::testing::WithParamInterface<PresetCase> {};

TEST_P(ControllerPresetTest, PresetBecomesDateParameters) {
  clock.setToday(GetParam().today);
  expectOneListRequest(Route{.serverPages = true, .period = GetParam().preset}, GetParam().query);
}

INSTANTIATE_TEST_SUITE_P(
    Presets, ControllerPresetTest,
    ::testing::Values(
        PresetCase{DatePreset::ThisMonth,
                   {2026, 2, 10},
                   "page=1&per_page=50&date_start=2026-02-01&date_end=2026-02-28&sort=date_desc"},
        PresetCase{DatePreset::ThisMonth,
                   {2024, 2, 29},
                   "page=1&per_page=50&date_start=2024-02-01&date_end=2024-02-29&sort=date_desc"},
        PresetCase{DatePreset::LastMonth,
                   {2026, 1, 15},
                   "page=1&per_page=50&date_start=2025-12-01&date_end=2025-12-31&sort=date_desc"},
        PresetCase{DatePreset::ThisWeek,
                   {2026, 2, 10},
                   "page=1&per_page=50&date_start=2026-02-09&date_end=2026-02-15&sort=date_desc"},
        PresetCase{DatePreset::LastWeek,
                   {2026, 1, 1},
                   "page=1&per_page=50&date_start=2025-12-22&date_end=2025-12-28&sort=date_desc"},
        PresetCase{DatePreset::ThisQuarter,
                   {2026, 2, 10},
                   "page=1&per_page=50&date_start=2026-01-01&date_end=2026-03-31&sort=date_desc"},
        PresetCase{DatePreset::ThisYear,
                   {2026, 2, 10},
                   "page=1&per_page=50&date_start=2026-01-01&date_end=2026-12-31&sort=date_desc"},
        PresetCase{DatePreset::LastYear,
                   {2026, 2, 10},
                   "page=1&per_page=50&date_start=2025-01-01&date_end=2025-12-31&sort=date_desc"}));

TEST_F(ControllerNavigationTest, CustomDatesAreSentAsGiven) {
  expectOneListRequest(
      Route{.serverPages = true,
            .period = DatePreset::Custom,
            .from = "2024-01-01",
            .to = "2024-03-31"},
      "page=1&per_page=50&date_start=2024-01-01&date_end=2024-03-31&sort=date_desc");
  expectOneListRequest(
      Route{.serverPages = true, .period = DatePreset::Custom, .from = "2024-01-01"},
      "page=1&per_page=50&date_start=2024-01-01&sort=date_desc");
}

TEST_F(ControllerNavigationTest, ThePresetIsResolvedWhenTheRequestIsSent) {
  navigate(Route{.serverPages = true, .period = DatePreset::Today});
  clock.setToday({2026, 2, 11});  // midnight passed
  controller.apply(RefreshIntent{});
  EXPECT_EQ(http.last().request.url,
            listUrl("page=1&per_page=50&date_start=2026-02-11&date_end=2026-02-11&sort=date_desc"));
}

// The server refusing `sort` (SPEC §15.4).

TEST_F(ControllerNavigationTest, RefusedSortIsRetriedOnceWithoutItAndSortedHere) {
  navigate(Route{.serverPages = true, .sort = "ref_asc"});
  EXPECT_EQ(http.last().request.url, listUrl("page=1&per_page=50&sort=ref_asc"));
  const std::size_t before = requestCount();
  ASSERT_TRUE(http.complete(
      http.lastId(), 400,
      R"({"error":{"type":"invalid_request","code":"INVALID_PARAMETER","message":"sort"}})"));
  EXPECT_TRUE(controller.poll());
  ASSERT_EQ(requestCount(), before + 1) << "asked again";
  EXPECT_EQ(http.last().request.url, listUrl("page=1&per_page=50"));
  EXPECT_EQ(http.last().header("authorization"), "Bearer " + std::string(kToken));
  EXPECT_TRUE(state().list.serverSortUnsupported);
  EXPECT_EQ(state().list.status, LoadStatus::Pending);
  EXPECT_FALSE(state().list.error);

  ASSERT_TRUE(http.complete(http.lastId(), 200, listBody(threeRows())));
  controller.poll();
  EXPECT_EQ(state().list.status, LoadStatus::Ok);
  EXPECT_EQ(shownRefs(), (Strings{"FI-A", "FI-B", "FI-C"}));
  EXPECT_EQ(state().route.sort, "ref_asc") << "the route still says what the user wants";
}

TEST_F(ControllerNavigationTest, Refused422OnTheDefaultSortIsRetriedAndRemembered) {
  controller.apply(RefreshIntent{});
  ASSERT_TRUE(http.complete(http.lastId(), 422, ""));
  controller.poll();
  EXPECT_TRUE(state().list.serverSortUnsupported);
  EXPECT_EQ(http.last().request.url, listUrl("page=1&per_page=50"));
  ASSERT_TRUE(http.complete(http.lastId(), 200, listBody(threeRows())));
  controller.poll();
  EXPECT_EQ(state().list.status, LoadStatus::Ok);

  // Later requests leave sort out from the start.
  const std::size_t before = requestCount();
  navigate(Route{.serverPages = true, .status = "done"});
  ASSERT_EQ(requestCount(), before + 1);
  EXPECT_EQ(http.last().request.url, listUrl("page=1&per_page=50&status=done"));
}

TEST_F(ControllerNavigationTest, RefusedDefaultSortSortsNewestFirstHere) {
  controller.apply(RefreshIntent{});
  ASSERT_TRUE(http.complete(http.lastId(), 422, ""));
  controller.poll();
  const std::vector<Row> oldestFirst = {
      {.id = "1", .ref = "OLD", .date = "2024-01-01", .duration = 60},
      {.id = "2", .ref = "NEW", .date = "2024-06-01", .duration = 120},
      {.id = "3", .ref = "MID", .date = "2024-03-01", .duration = 30}};
  ASSERT_TRUE(http.complete(http.lastId(), 200, listBody(oldestFirst)));
  controller.poll();
  EXPECT_EQ(shownRefs(), (Strings{"NEW", "MID", "OLD"}));
  navigate(Route{.serverPages = true, .clientSort = "duration_asc"});
  EXPECT_EQ(shownRefs(), (Strings{"MID", "OLD", "NEW"}));
  navigate(Route{.serverPages = true});
  EXPECT_EQ(shownRefs(), (Strings{"NEW", "MID", "OLD"})) << "newest first, sorted here";
}

TEST_F(ControllerNavigationTest, RefusalWithoutSortIsAnError) {
  controller.apply(RefreshIntent{});
  ASSERT_TRUE(http.complete(http.lastId(), 400, ""));
  controller.poll();  // retried without sort
  const std::size_t before = requestCount();
  ASSERT_TRUE(http.complete(http.lastId(), 400, ""));
  controller.poll();
  EXPECT_EQ(requestCount(), before) << "no third attempt";
  EXPECT_EQ(state().list.status, LoadStatus::Failed);
  ASSERT_TRUE(state().list.error);
  EXPECT_EQ(state().list.error->httpStatus, 400);
}

TEST_F(ControllerNavigationTest, OtherErrorsOnASortedRequestAreNotRetriedWithoutSort) {
  navigate(Route{.serverPages = true, .sort = "ref_desc"});
  const std::size_t first = requestCount() - 1;
  EXPECT_EQ(answerEveryAttempt(500, ""), 4) << "a 500 is retried as it is";
  ASSERT_EQ(requestCount(), first + 4);
  for (std::size_t i = first; i < requestCount(); ++i) {
    EXPECT_NE(http.requests()[i].request.url.find("sort=ref_desc"), std::string::npos);
  }
  EXPECT_FALSE(state().list.serverSortUnsupported);
  EXPECT_EQ(state().list.status, LoadStatus::Failed);
}

TEST_F(ControllerNavigationTest, ClientSortWinsOverTheLocalServerSortFallback) {
  navigate(Route{.serverPages = true, .sort = "ref_asc"});
  ASSERT_TRUE(http.complete(http.lastId(), 400, ""));
  controller.poll();
  ASSERT_TRUE(http.complete(http.lastId(), 200, listBody(threeRows())));
  controller.poll();
  ASSERT_EQ(shownRefs(), (Strings{"FI-A", "FI-B", "FI-C"}));
  const std::size_t before = requestCount();
  navigate(Route{.serverPages = true, .sort = "ref_asc", .clientSort = "duration_asc"});
  EXPECT_EQ(shownRefs(), (Strings{"FI-B", "FI-C", "FI-A"}));
  navigate(Route{.serverPages = true, .sort = "ref_asc"});
  EXPECT_EQ(shownRefs(), (Strings{"FI-A", "FI-B", "FI-C"})) << "by ref again, sorted here";
  EXPECT_EQ(requestCount(), before);
}

}  // namespace
}  // namespace fiche::core::controller_testing
