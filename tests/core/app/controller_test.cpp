// tests/core/app: the Controller's connection — start, discovery fallback, errors, the token's
// privacy — driven through the scripted HttpClient.
#include "core/app/controller.hpp"

#include <gtest/gtest.h>

#include <string>

#include "controller_fixture.hpp"

namespace fiche::core::controller_testing {
namespace {

TEST_F(ControllerTest, StartWithoutApiStaysIdleAndSendsNothing) {
  controller.start(AppConfig{.token = std::string(kToken)}, {}, Route{.serverPages = true});
  EXPECT_EQ(state().connection.status, LoadStatus::Idle);
  EXPECT_TRUE(state().connection.hasToken);
  EXPECT_FALSE(state().connection.remembered);
  EXPECT_TRUE(http.requests().empty());
  EXPECT_FALSE(controller.poll());
}

TEST_F(ControllerTest, StartWithApiConnects) {
  controller.start(AppConfig{.api = "https://erp.example/16/obapi/v1/", .token = "t"}, {},
                   Route{.serverPages = true});
  EXPECT_EQ(state().connection.status, LoadStatus::Pending);
  EXPECT_EQ(state().connection.apiRoot, kRoot);
  ASSERT_EQ(http.requests().size(), 1u);
  EXPECT_EQ(http.last().request.url, "https://erp.example/16/obapi/v1");
}

TEST_F(ControllerTest, StartKeepsTheRouteAndLoadsItOnceConnected) {
  Route route{.serverPages = true, .status = "done", .page = 3, .openId = "42"};
  controller.start(AppConfig{.api = std::string(kRoot), .token = std::string(kToken)}, {}, route);
  EXPECT_EQ(state().route, route);
  answerDiscovery();
  ASSERT_EQ(requestCount(), 3u) << "discovery, then one list and one detail request";
  EXPECT_EQ(http.requests()[1].request.url,
            listUrl("page=3&per_page=50&status=done&sort=date_desc"));
  EXPECT_EQ(http.requests()[2].request.url, "https://erp.example/16/obapi/v1/interventions/42");
  EXPECT_EQ(state().detail.status, LoadStatus::Pending);
  EXPECT_EQ(state().detail.id, "42");
}

TEST_F(ControllerTest, StartBoundsTheRoutePageSizeByTheServerMaximum) {
  controller.start(AppConfig{.api = std::string(kRoot), .token = std::string(kToken)}, {},
                   Route{.serverPages = true, .perPage = 1000});
  answerDiscovery();  // max_per_page 200
  EXPECT_EQ(http.last().request.url, listUrl("page=1&per_page=200&sort=date_desc"));
  EXPECT_EQ(state().route.perPage, 200);
  EXPECT_EQ(state().list.query.perPage, 200);
}

TEST_F(ControllerTest, HappyPathSendsExactUrlsAndAuthOnlyOnList) {
  connect();
  ASSERT_EQ(http.requests().size(), 1u);
  const auto discovery = http.requests()[0];
  EXPECT_EQ(discovery.request.url, "https://erp.example/16/obapi/v1");
  EXPECT_FALSE(discovery.hasHeader("authorization"));
  EXPECT_EQ(state().connection.status, LoadStatus::Pending);

  ASSERT_TRUE(http.complete(discovery.id, 200, std::string(fx::kDiscoveryA)));
  EXPECT_TRUE(controller.poll());
  EXPECT_EQ(state().connection.status, LoadStatus::Ok);
  EXPECT_EQ(state().connection.discovery.providerName, "My Company");
  EXPECT_EQ(state().list.status, LoadStatus::Pending);
  EXPECT_EQ(state().list.query.page, 1);
  EXPECT_EQ(state().list.query.perPage, 50);
  EXPECT_EQ(state().list.query.sort, "date_desc");

  ASSERT_EQ(http.requests().size(), 2u);
  const auto list = http.requests()[1];
  EXPECT_EQ(list.request.url, kFirstPageUrl);
  EXPECT_EQ(list.header("authorization"), "Bearer " + std::string(kToken));
  EXPECT_EQ(list.header("accept"), "application/json");

  ASSERT_TRUE(http.complete(list.id, 200, std::string(fx::kSeedList)));
  EXPECT_TRUE(controller.poll());
  EXPECT_EQ(state().list.status, LoadStatus::Ok);
  ASSERT_EQ(state().list.store.size(), 1u);
  EXPECT_EQ(state().list.store.at(0).ref, "FI2405-0005");
  EXPECT_TRUE(state().list.hasPagination);
  EXPECT_EQ(state().list.pagination.totalItems, 1);
  EXPECT_FALSE(state().list.error);
  EXPECT_FALSE(controller.poll());  // nothing new: no redraw
  EXPECT_EQ(http.inFlight(), 0u);
}

TEST_F(ControllerTest, PageSizeDefaultsToTheServerDefaultWithinItsMaximum) {
  connectWithDiscovery(
      R"({"capabilities":["interventions"],"pagination":{"default_per_page":10,"max_per_page":20}})");
  EXPECT_EQ(http.last().request.url, listUrl("page=1&per_page=10&sort=date_desc"));
}

TEST_F(ControllerTest, PageSizeFallsBackTo50WithoutServerPagination) {
  connectWithDiscovery(fx::kDiscoveryBWithInterventions);
  EXPECT_EQ(http.last().request.url, kFirstPageUrl);
}

TEST_F(ControllerTest, DiscoveryFallsBackToAlternateUrlOn404) {
  connect();
  ASSERT_TRUE(http.complete(http.lastId(), 404, std::string(fx::kProxy502Html)));
  EXPECT_TRUE(controller.poll());
  EXPECT_EQ(state().connection.status, LoadStatus::Pending);
  ASSERT_EQ(http.requests().size(), 2u);
  EXPECT_EQ(http.last().request.url, "https://erp.example/16/obapi/v1/discovery");
  EXPECT_FALSE(http.last().hasHeader("authorization"));

  ASSERT_TRUE(http.complete(http.lastId(), 200, std::string(fx::kDiscoveryBWithInterventions)));
  EXPECT_TRUE(controller.poll());
  EXPECT_EQ(state().connection.status, LoadStatus::Ok);
  EXPECT_EQ(state().connection.discovery.providerName, "Acme Corp");
  ASSERT_EQ(http.requests().size(), 3u);
  EXPECT_EQ(http.last().request.url, kFirstPageUrl);
}

TEST_F(ControllerTest, DiscoveryFallsBackWhenPrimaryIsNotADiscoveryDocument) {
  connect();
  ASSERT_TRUE(http.complete(http.lastId(), 200, "<html>Welcome to Dolibarr</html>"));
  controller.poll();
  EXPECT_EQ(http.last().request.url, "https://erp.example/16/obapi/v1/discovery");
}

TEST_F(ControllerTest, DiscoveryBoth404FailsConnectionWithHttpError) {
  connect();
  ASSERT_TRUE(http.complete(http.lastId(), 404, ""));
  controller.poll();
  ASSERT_TRUE(http.complete(http.lastId(), 404, ""));
  EXPECT_TRUE(controller.poll());
  EXPECT_EQ(state().connection.status, LoadStatus::Failed);
  ASSERT_TRUE(state().connection.error);
  EXPECT_EQ(state().connection.error->kind, ErrorKind::Http);
  EXPECT_EQ(state().connection.error->httpStatus, 404);
  EXPECT_EQ(state().list.status, LoadStatus::Idle);
  EXPECT_EQ(http.requests().size(), 2u);
}

TEST_F(ControllerTest, DiscoveryKeepsPrimaryErrorWhenAlternateIs404) {
  connect();
  EXPECT_EQ(
      answerEveryAttempt(503, R"({"error":{"type":"service_unavailable","code":"MAINTENANCE"}})"),
      2)
      << "a connection made by hand gets one retry";
  ASSERT_TRUE(http.complete(http.lastId(), 404, ""));
  controller.poll();
  ASSERT_TRUE(state().connection.error);
  EXPECT_EQ(state().connection.error->httpStatus, 503);
  EXPECT_EQ(state().connection.error->apiCode, "MAINTENANCE");
}

TEST_F(ControllerTest, DiscoveryNetworkErrorFailsWithoutFallback) {
  connect();
  EXPECT_EQ(failEveryAttempt(Transport::NetworkError), 2);
  EXPECT_EQ(state().connection.status, LoadStatus::Failed);
  ASSERT_TRUE(state().connection.error);
  EXPECT_EQ(state().connection.error->kind, ErrorKind::Network);
  EXPECT_EQ(http.requests().size(), 2u) << "the same URL twice, never the alternate";
  EXPECT_EQ(http.requests()[0].request.url, http.requests()[1].request.url);
  EXPECT_EQ(state().connection.recoverAtMs, 0) << "a connection made by hand is not recovered";
}

TEST_F(ControllerTest, MissingCapabilityFailsListOnly) {
  connectWithDiscovery(fx::kDiscoveryB);
  EXPECT_EQ(state().connection.status, LoadStatus::Ok);
  EXPECT_EQ(state().list.status, LoadStatus::Failed);
  ASSERT_TRUE(state().list.error);
  EXPECT_EQ(state().list.error->message, "This server does not offer interventions.");
  EXPECT_EQ(state().list.error->kind, ErrorKind::Unsupported);
  EXPECT_EQ(http.requests().size(), 1u);
  controller.apply(RefreshIntent{});                       // nothing to refresh
  navigate(Route{.serverPages = true, .status = "done"});  // nor to navigate to
  controller.apply(DocumentIntent{.id = "42", .ref = "FI"});
  EXPECT_EQ(http.requests().size(), 1u);
}

TEST_F(ControllerTest, InvalidRootFailsWithoutRequest) {
  connect("erp.example/16");
  EXPECT_EQ(state().connection.status, LoadStatus::Failed);
  EXPECT_EQ(state().connection.apiRoot, "erp.example/16");
  ASSERT_TRUE(state().connection.error);
  EXPECT_EQ(state().connection.error->kind, ErrorKind::InvalidInput);
  EXPECT_TRUE(http.requests().empty());
}

TEST_F(ControllerTest, CrossOriginComesFromThePageOrigin) {
  struct Case {
    std::string pageOrigin;
    std::string root;
    bool crossOrigin;
  };
  const Case cases[] = {
      {"https://erp.example", "https://erp.example/16", false},
      {"https://erp.example", "HTTPS://ERP.example:443/16", false},
      {"http://127.0.0.1:8000", "https://erp.example/16", true},
      {"https://erp.example", "http://erp.example/16", true},
      {"https://erp.example", "https://erp.example:8443", true},
      {"", "https://erp.example/16", false},  // unknown page origin: assume nothing
  };
  for (const Case& c : cases) {
    fiche::test::FakeHttpClient client;
    Controller subject{ControllerServices{.http = client,
                                          .documents = documents,
                                          .credentials = credentials,
                                          .clock = clock,
                                          .pageOrigin = c.pageOrigin}};
    subject.apply(ConnectIntent{.apiRoot = c.root, .token = "t"});
    EXPECT_EQ(subject.state().connection.crossOrigin, c.crossOrigin)
        << c.pageOrigin << " vs " << c.root;
  }
}

TEST_F(ControllerTest, Unauthorized401FailsListAndConnectionAndKeepsTheRoute) {
  connectWithDiscovery();
  const Route route{.serverPages = true, .status = "done", .page = 2};
  navigate(route);
  ASSERT_TRUE(http.complete(http.lastId(), 401, std::string(fx::kInvalidToken)));
  EXPECT_TRUE(controller.poll());
  EXPECT_EQ(state().list.status, LoadStatus::Failed);
  EXPECT_EQ(state().connection.status, LoadStatus::Failed);
  ASSERT_TRUE(state().connection.error);
  EXPECT_EQ(state().connection.error->kind, ErrorKind::Api);
  EXPECT_EQ(state().connection.error->httpStatus, 401);
  EXPECT_EQ(state().connection.error->apiCode, "INVALID_TOKEN");
  ASSERT_TRUE(state().list.error);
  EXPECT_EQ(state().list.error->apiCode, "INVALID_TOKEN");
  EXPECT_EQ(state().route, route);
}

TEST_F(ControllerTest, ReconnectingAfter401LoadsTheKeptRouteAgain) {
  connectWithDiscovery();
  navigate(Route{.serverPages = true, .status = "billed", .openId = "7"});
  ASSERT_TRUE(http.complete(http.requests()[2].id, 401, std::string(fx::kInvalidToken)));
  controller.poll();
  ASSERT_EQ(state().connection.status, LoadStatus::Failed);
  EXPECT_TRUE(http.pendingIds().empty()) << "a failed connection cancels everything";

  connect(kRoot, "new-token");
  answerDiscovery();
  const auto& sent = http.requests();
  ASSERT_GE(sent.size(), 2u);
  EXPECT_EQ(sent[sent.size() - 2].request.url,
            listUrl("page=1&per_page=50&status=billed&sort=date_desc"));
  EXPECT_EQ(sent.back().request.url, "https://erp.example/16/obapi/v1/interventions/7");
  EXPECT_EQ(sent.back().header("authorization"), "Bearer new-token");
}

TEST_F(ControllerTest, OtherListErrorsLeaveConnectionOk) {
  connectWithDiscovery();
  EXPECT_EQ(answerEveryAttempt(500, "oops"), 4);
  EXPECT_EQ(state().list.status, LoadStatus::Failed);
  ASSERT_TRUE(state().list.error);
  EXPECT_EQ(state().list.error->kind, ErrorKind::Http);
  EXPECT_EQ(state().connection.status, LoadStatus::Ok);
}

TEST_F(ControllerTest, Forbidden403OnListLeavesConnectionOk) {
  connectWithDiscovery();
  ASSERT_TRUE(http.complete(
      http.lastId(), 403,
      R"({"error":{"type":"permission_error","code":"FORBIDDEN","message":"Denied"}})"));
  controller.poll();
  EXPECT_EQ(state().list.status, LoadStatus::Failed);
  ASSERT_TRUE(state().list.error);
  EXPECT_EQ(state().list.error->httpStatus, 403);
  EXPECT_EQ(state().list.error->apiCode, "FORBIDDEN");
  EXPECT_EQ(state().connection.status, LoadStatus::Ok);
}

TEST_F(ControllerTest, UndecodableListIsDecodeError) {
  connectWithDiscovery();
  ASSERT_TRUE(http.complete(http.lastId(), 200, std::string(fx::kSeedListVerbatim)));
  controller.poll();
  EXPECT_EQ(state().list.status, LoadStatus::Failed);
  ASSERT_TRUE(state().list.error);
  EXPECT_EQ(state().list.error->kind, ErrorKind::Decode);
  EXPECT_EQ(state().list.error->httpStatus, 200);
}

TEST_F(ControllerTest, ListErrorKeepsTheRowsOfTheLastSuccessfulLoad) {
  connectWithRows(threeRows());
  controller.apply(RefreshIntent{});
  EXPECT_EQ(failEveryAttempt(Transport::Timeout), 4);
  EXPECT_EQ(state().list.status, LoadStatus::Failed);
  EXPECT_EQ(state().list.error->kind, ErrorKind::Timeout);
  EXPECT_EQ(state().list.store.size(), 3u);
}

TEST_F(ControllerTest, RefreshSupersedesAndBumpsGeneration) {
  connectWithDiscovery();
  const auto first = http.lastId();
  const auto generation = state().list.generation;
  controller.apply(RefreshIntent{});
  EXPECT_EQ(http.cancellations(), 1);
  EXPECT_TRUE(http.find(first)->cancelled);
  EXPECT_EQ(state().list.generation, generation + 1);
  EXPECT_EQ(state().list.status, LoadStatus::Pending);
  EXPECT_EQ(http.last().request.url, kFirstPageUrl);
  EXPECT_EQ(http.inFlight(), 1u);
}

TEST_F(ControllerTest, StaleReplyArrivingLastIsDropped) {
  connectWithDiscovery();
  const auto oldId = http.lastId();
  controller.apply(RefreshIntent{});
  const auto newId = http.lastId();
  ASSERT_TRUE(http.complete(newId, 200, pageBody("2", "NEW")));
  EXPECT_TRUE(controller.poll());
  // A transport that ignored the cancel answers the old request late.
  http.forceDeliver(HttpResponse{.id = oldId, .status = 200, .body = pageBody("1", "OLD")});
  EXPECT_FALSE(controller.poll());
  EXPECT_EQ(state().list.status, LoadStatus::Ok);
  ASSERT_EQ(state().list.store.size(), 1u);
  EXPECT_EQ(state().list.store.at(0).ref, "NEW");
}

TEST_F(ControllerTest, StaleReplyArrivingFirstIsDropped) {
  connectWithDiscovery();
  const auto oldId = http.lastId();
  controller.apply(RefreshIntent{});
  http.forceDeliver(
      HttpResponse{.id = oldId, .status = 401, .body = std::string(fx::kInvalidToken)});
  EXPECT_FALSE(controller.poll());
  EXPECT_EQ(state().list.status, LoadStatus::Pending);
  EXPECT_EQ(state().connection.status, LoadStatus::Ok);
  ASSERT_TRUE(http.complete(http.lastId(), 200, pageBody("2", "NEW")));
  EXPECT_TRUE(controller.poll());
  ASSERT_EQ(state().list.store.size(), 1u);
  EXPECT_EQ(state().list.store.at(0).ref, "NEW");
}

TEST_F(ControllerTest, ReconnectCancelsAndIgnoresOldServer) {
  connect("https://old.example");
  const auto oldDiscovery = http.lastId();
  connect("https://new.example");
  EXPECT_TRUE(http.find(oldDiscovery)->cancelled);
  http.forceDeliver(
      HttpResponse{.id = oldDiscovery, .status = 200, .body = std::string(fx::kDiscoveryA)});
  EXPECT_FALSE(controller.poll());
  EXPECT_EQ(state().connection.status, LoadStatus::Pending);
  EXPECT_EQ(state().connection.apiRoot, "https://new.example");
  EXPECT_EQ(http.last().request.url, "https://new.example/obapi/v1");
}

TEST_F(ControllerTest, ReconnectDropsTheOldServersRows) {
  connectWithRows(threeRows());
  connect("https://new.example");
  EXPECT_TRUE(state().list.store.empty());
  EXPECT_EQ(state().list.status, LoadStatus::Idle);
}

TEST_F(ControllerTest, TokenNeverInStateUrlsOrErrors) {
  connectWithDiscovery();
  navigate(Route{.serverPages = true, .openId = "42"});
  // A hostile or careless server echoes the token back in its error messages.
  const std::string echo = R"({"error":{"type":"authentication_error","code":"INVALID_TOKEN",)"
                           R"("message":"Token )" +
                           std::string(kToken) + R"( is invalid"}})";
  const std::string echo404 = R"({"error":{"type":"not_found","code":"x)" + std::string(kToken) +
                              R"(","message":"No )" + std::string(kToken) + R"("}})";
  ASSERT_TRUE(http.complete(http.lastId(), 404, echo404));  // the detail
  controller.poll();
  ASSERT_TRUE(state().detail.error);
  EXPECT_EQ(everyString(state()).find(kToken), std::string::npos) << everyString(state());
  EXPECT_EQ(state().detail.error->message, "No [token]");

  ASSERT_TRUE(http.complete(http.requests()[1].id, 401, echo));  // the list
  controller.poll();
  ASSERT_TRUE(state().connection.error);
  EXPECT_EQ(everyString(state()).find(kToken), std::string::npos) << everyString(state());
  EXPECT_NE(state().connection.error->message.find("[token]"), std::string::npos);
  for (const auto& sent : http.requests()) {
    EXPECT_EQ(sent.request.url.find(kToken), std::string::npos) << sent.request.url;
  }
  EXPECT_EQ(formatRoute(state().route).find(kToken), std::string::npos);
}

TEST_F(ControllerTest, NoTokenSendsNoAuthorizationHeader) {
  controller.apply(ConnectIntent{.apiRoot = std::string(kRoot), .token = ""});
  EXPECT_FALSE(state().connection.hasToken);
  ASSERT_TRUE(http.complete(http.lastId(), 200, std::string(fx::kDiscoveryA)));
  controller.poll();
  EXPECT_EQ(http.last().request.url, kFirstPageUrl);
  EXPECT_FALSE(http.last().hasHeader("authorization"));
}

TEST_F(ControllerTest, PollCountsFrames) {
  EXPECT_FALSE(controller.poll());
  EXPECT_FALSE(controller.poll());
  EXPECT_EQ(state().frames, 2u);
}

}  // namespace
}  // namespace fiche::core::controller_testing
