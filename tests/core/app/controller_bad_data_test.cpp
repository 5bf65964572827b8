// tests/core/app: hostile or broken bodies from the server (tests/fixtures/hostile) give a clear
// error and keep the last good data in the state, for the list, the detail and errors.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "controller_fixture.hpp"
#include "core/app/controller.hpp"
#include "support/fixture_files.hpp"

namespace fiche::core::controller_testing {
namespace {

using test::fixtureFile;
using test::fixturePaths;

constexpr std::string_view kDetail42 = "https://erp.example/16/obapi/v1/interventions/42";

class ControllerBadDataTest : public ControllerTest {
 protected:
  void SetUp() override { connectWithRows(threeRows()); }
};

TEST_F(ControllerBadDataTest, EachHostileListBodyFailsTheListAndKeepsItsRows) {
  for (const std::string_view path : fixturePaths("hostile/")) {
    SCOPED_TRACE(path);
    controller.apply(RefreshIntent{});
    ASSERT_TRUE(http.complete(http.lastId(), 200, std::string(fixtureFile(path))));
    controller.poll();
    EXPECT_EQ(state().list.status, LoadStatus::Failed);
    ASSERT_TRUE(state().list.error);
    EXPECT_EQ(state().list.error->kind, ErrorKind::Decode);
    EXPECT_FALSE(state().list.error->message.empty());
    EXPECT_EQ(shownRefs(), (std::vector<std::string>{"FI-C", "FI-A", "FI-B"}));
    EXPECT_EQ(state().connection.status, LoadStatus::Ok) << "the server is still reachable";
  }
}

TEST_F(ControllerBadDataTest, AGoodPageAfterBadOnesIsShownAgain) {
  controller.apply(RefreshIntent{});
  ASSERT_TRUE(
      http.complete(http.lastId(), 200, std::string(fixtureFile("hostile/proxy_502.html"))));
  controller.poll();
  controller.apply(RefreshIntent{});
  ASSERT_TRUE(
      http.complete(http.lastId(), 200, std::string(fixtureFile("obapi/list_invalid_utf8.json"))));
  controller.poll();
  EXPECT_EQ(state().list.status, LoadStatus::Ok);
  EXPECT_FALSE(state().list.error);
  EXPECT_EQ(state().list.store.size(), 4u) << "invalid UTF-8 loses nothing";
}

TEST_F(ControllerBadDataTest, AnHtmlErrorPageFromAProxyIsAnHttpError) {
  controller.apply(RefreshIntent{});
  // A 502 is transient: retried, then final.
  answerEveryAttempt(502, fixtureFile("hostile/proxy_502.html"));
  ASSERT_TRUE(state().list.error);
  EXPECT_EQ(state().list.error->kind, ErrorKind::Http);
  EXPECT_EQ(state().list.error->httpStatus, 502);
  EXPECT_EQ(state().list.error->message, "The server answered HTTP 502.");
  EXPECT_EQ(state().list.store.size(), 3u);
}

TEST_F(ControllerBadDataTest, AHostileDetailBodyKeepsTheInterventionReceivedBefore) {
  navigate(routeWith([](Route& r) { r.openId = "42"; }));
  ASSERT_TRUE(http.complete(http.lastId(), 200, detailBody("42", "FI-42")));
  controller.poll();
  ASSERT_EQ(state().detail.status, LoadStatus::Ok);
  for (const char* path : {"hostile/truncated_list.json", "hostile/top_level_array.json",
                           "hostile/login_page.html", "hostile/intervention_not_an_object.json"}) {
    SCOPED_TRACE(path);
    controller.apply(RefreshIntent{});
    RequestId detail = kNoRequest;
    for (const RequestId id : http.pendingIds()) {
      if (http.find(id)->request.url == kDetail42) detail = id;
    }
    ASSERT_TRUE(http.complete(detail, 200, std::string(fixtureFile(path))));
    controller.poll();
    EXPECT_EQ(state().detail.status, LoadStatus::Failed);
    ASSERT_TRUE(state().detail.error);
    EXPECT_EQ(state().detail.error->kind, ErrorKind::Decode);
    EXPECT_EQ(state().detail.intervention.ref, "FI-42") << "the data stays in the state";
  }
}

}  // namespace
}  // namespace fiche::core::controller_testing
