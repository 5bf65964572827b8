// tests/core/app: the Controller driven through the scripted HttpClient.
#include "core/app/controller.hpp"

#include <gtest/gtest.h>

#include <string>

#include "support/fake_http_client.hpp"
#include "support/fixtures.hpp"

namespace fiche::core {
namespace {

namespace fx = fiche::test::fixtures;
using fiche::test::FakeHttpClient;

constexpr std::string_view kToken = "s3cr3t-T0KEN-value";
constexpr std::string_view kRoot = "https://erp.example/16";
constexpr std::string_view kFirstPageUrl =
    "https://erp.example/16/obapi/v1/interventions?page=1&per_page=50";

std::string pageBody(std::string_view id, std::string_view ref) {
  return R"({"items":[{"id":")" + std::string(id) + R"(","ref":")" + std::string(ref) +
         R"(","date_intervention":"2024-05-18","duration":7200,"status":"done"}],
            "pagination":{"page":1,"per_page":50,"total_items":1,"total_pages":1}})";
}

// Every string the state holds, so tests can assert the token is in none of them.
std::string everyString(const AppState& s) {
  std::string all = s.connection.apiRoot + "|" + s.connection.discovery.providerName;
  for (const std::optional<Error>* e : {&s.connection.error, &s.list.error}) {
    if (*e) all += "|" + (*e)->message + "|" + (*e)->apiType + "|" + (*e)->apiCode;
  }
  for (const auto& item : s.list.page.items) all += "|" + item.id + "|" + item.ref;
  return all;
}

class ControllerTest : public ::testing::Test {
 protected:
  void connect(std::string_view root = kRoot, std::string_view token = kToken) {
    controller.apply(ConnectIntent{std::string(root), std::string(token)});
  }
  // Connects and answers discovery with `body`; returns with the list request (if any) sent.
  void connectWithDiscovery(std::string_view body = fx::kDiscoveryA) {
    connect();
    ASSERT_TRUE(http.complete(http.lastId(), 200, std::string(body)));
    ASSERT_TRUE(controller.poll());
  }
  const AppState& state() const { return controller.state(); }

  FakeHttpClient http;
  Controller controller{http};
};

TEST_F(ControllerTest, StartWithoutApiStaysIdleAndSendsNothing) {
  controller.start(AppConfig{.token = std::string(kToken)});
  EXPECT_EQ(state().connection.status, LoadStatus::Idle);
  EXPECT_TRUE(state().connection.hasToken);
  EXPECT_TRUE(http.requests().empty());
  EXPECT_FALSE(controller.poll());
}

TEST_F(ControllerTest, StartWithApiConnects) {
  controller.start(AppConfig{.api = "https://erp.example/16/obapi/v1/", .token = "t"});
  EXPECT_EQ(state().connection.status, LoadStatus::Pending);
  EXPECT_EQ(state().connection.apiRoot, kRoot);
  ASSERT_EQ(http.requests().size(), 1u);
  EXPECT_EQ(http.last().request.url, "https://erp.example/16/obapi/v1");
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

  ASSERT_EQ(http.requests().size(), 2u);
  const auto list = http.requests()[1];
  EXPECT_EQ(list.request.url, kFirstPageUrl);
  EXPECT_EQ(list.header("authorization"), "Bearer " + std::string(kToken));

  ASSERT_TRUE(http.complete(list.id, 200, std::string(fx::kSeedList)));
  EXPECT_TRUE(controller.poll());
  EXPECT_EQ(state().list.status, LoadStatus::Ok);
  ASSERT_EQ(state().list.page.items.size(), 1u);
  EXPECT_EQ(state().list.page.items[0].ref, "FI2405-0005");
  EXPECT_FALSE(state().list.error);
  EXPECT_FALSE(controller.poll());  // nothing new: no redraw
  EXPECT_EQ(http.inFlight(), 0u);
}

TEST_F(ControllerTest, PerPageCappedByAdvertisedMaximum) {
  connectWithDiscovery(
      R"({"capabilities":["interventions"],"pagination":{"default_per_page":10,"max_per_page":20}})");
  EXPECT_EQ(http.last().request.url,
            "https://erp.example/16/obapi/v1/interventions?page=1&per_page=20");
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
  ASSERT_TRUE(http.complete(http.lastId(), 503,
                            R"({"error":{"type":"service_unavailable","code":"MAINTENANCE"}})"));
  controller.poll();
  ASSERT_TRUE(http.complete(http.lastId(), 404, ""));
  controller.poll();
  ASSERT_TRUE(state().connection.error);
  EXPECT_EQ(state().connection.error->httpStatus, 503);
  EXPECT_EQ(state().connection.error->apiCode, "MAINTENANCE");
}

TEST_F(ControllerTest, DiscoveryNetworkErrorFailsWithoutFallback) {
  connect();
  ASSERT_TRUE(http.fail(http.lastId(), Transport::NetworkError));
  EXPECT_TRUE(controller.poll());
  EXPECT_EQ(state().connection.status, LoadStatus::Failed);
  ASSERT_TRUE(state().connection.error);
  EXPECT_EQ(state().connection.error->kind, ErrorKind::Network);
  EXPECT_EQ(http.requests().size(), 1u);
}

TEST_F(ControllerTest, MissingCapabilityFailsListOnly) {
  connectWithDiscovery(fx::kDiscoveryB);
  EXPECT_EQ(state().connection.status, LoadStatus::Ok);
  EXPECT_EQ(state().list.status, LoadStatus::Failed);
  ASSERT_TRUE(state().list.error);
  EXPECT_EQ(state().list.error->message, "This server does not offer interventions.");
  EXPECT_EQ(state().list.error->kind, ErrorKind::Unsupported);
  EXPECT_EQ(http.requests().size(), 1u);
  controller.apply(RefreshIntent{});  // nothing to refresh
  EXPECT_EQ(http.requests().size(), 1u);
}

TEST_F(ControllerTest, InvalidRootFailsWithoutRequest) {
  connect("erp.example/16");
  EXPECT_EQ(state().connection.status, LoadStatus::Failed);
  ASSERT_TRUE(state().connection.error);
  EXPECT_EQ(state().connection.error->kind, ErrorKind::InvalidInput);
  EXPECT_TRUE(http.requests().empty());
}

TEST_F(ControllerTest, Unauthorized401FailsListAndConnection) {
  connectWithDiscovery();
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
}

TEST_F(ControllerTest, OtherListErrorsLeaveConnectionOk) {
  connectWithDiscovery();
  ASSERT_TRUE(http.complete(http.lastId(), 500, "oops"));
  controller.poll();
  EXPECT_EQ(state().list.status, LoadStatus::Failed);
  EXPECT_EQ(state().list.error->kind, ErrorKind::Http);
  EXPECT_EQ(state().connection.status, LoadStatus::Ok);
}

TEST_F(ControllerTest, UndecodableListIsDecodeError) {
  connectWithDiscovery();
  ASSERT_TRUE(http.complete(http.lastId(), 200, std::string(fx::kSeedListVerbatim)));
  controller.poll();
  EXPECT_EQ(state().list.status, LoadStatus::Failed);
  ASSERT_TRUE(state().list.error);
  EXPECT_EQ(state().list.error->kind, ErrorKind::Decode);
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
  ASSERT_EQ(state().list.page.items.size(), 1u);
  EXPECT_EQ(state().list.page.items[0].ref, "NEW");
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
  EXPECT_EQ(state().list.page.items[0].ref, "NEW");
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

TEST_F(ControllerTest, TokenNeverInStateUrlsOrErrors) {
  connectWithDiscovery();
  // A hostile or careless server echoes the token back in its error message.
  const std::string echo = R"({"error":{"type":"authentication_error","code":"INVALID_TOKEN",)"
                           R"("message":"Token )" +
                           std::string(kToken) + R"( is invalid"}})";
  ASSERT_TRUE(http.complete(http.lastId(), 401, echo));
  controller.poll();
  ASSERT_TRUE(state().connection.error);
  EXPECT_EQ(everyString(state()).find(kToken), std::string::npos) << everyString(state());
  EXPECT_NE(state().connection.error->message.find("[token]"), std::string::npos);
  for (const auto& sent : http.requests()) {
    EXPECT_EQ(sent.request.url.find(kToken), std::string::npos);
  }
}

TEST_F(ControllerTest, NoTokenSendsNoAuthorizationHeader) {
  controller.apply(ConnectIntent{std::string(kRoot), ""});
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
}  // namespace fiche::core
