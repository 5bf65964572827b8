// tests/ui/views: the page shows the connection form or the browser from the state, lays list
// and detail out by width, and emits the user's wishes as intents.
#include "ui/views/root_view.hpp"

#include <gtest/gtest.h>

#include <functional>
#include <variant>

#include "ui/imgui_harness.hpp"
#include "view_states.hpp"
#include "view_test.hpp"

namespace fiche::ui {
namespace {

using testing::onlyRoute;

class RootViewTest : public testing::ViewTest {
 protected:
  void drawView() override { view.draw(state, bootProblem, intents); }

  RootView view;
  IntentSink intents;
  core::AppState state;
  std::string bootProblem;
};

TEST_F(RootViewTest, WithoutServerAsksForOneAndConnectsWithWhatWasTyped) {
  show();
  const ItemRecord* connect = harness.find("Connect");
  ASSERT_NE(connect, nullptr) << "the connection form is shown";
  const ItemRecord* address = harness.find("Server address");
  ASSERT_NE(address, nullptr);

  harness.click(*address, draw);
  harness.type("https://erp.example.com/16", draw);
  const ItemRecord* token = harness.find("Access token");
  ASSERT_NE(token, nullptr);
  harness.click(*token, draw);
  harness.type("secret", draw);
  EXPECT_TRUE(intents.empty());
  clickLabel("Connect");

  std::vector<core::Intent> emitted = intents.take();
  ASSERT_EQ(emitted.size(), 1u);
  const auto* connectIntent = std::get_if<core::ConnectIntent>(&emitted[0]);
  ASSERT_NE(connectIntent, nullptr);
  EXPECT_EQ(connectIntent->apiRoot, "https://erp.example.com/16");
  EXPECT_EQ(connectIntent->token, "secret");
  EXPECT_FALSE(connectIntent->remember);
}

TEST_F(RootViewTest, ConnectedShowsRowsAndRefreshEmitsOneIntent) {
  state = testing::stateWithRows();
  show();
  EXPECT_EQ(harness.find("Connect"), nullptr) << "no connection form once connected";
  EXPECT_NE(harness.find("FI-1"), nullptr);
  EXPECT_TRUE(harness.showsText("Atelier Démo"));
  clickLabel("Refresh");
  std::vector<core::Intent> emitted = intents.take();
  ASSERT_EQ(emitted.size(), 1u);
  EXPECT_TRUE(std::holds_alternative<core::RefreshIntent>(emitted[0]));
}

TEST_F(RootViewTest, ConnectingShowsNoForm) {
  state.connection.status = core::LoadStatus::Pending;
  show();
  EXPECT_EQ(harness.find("Connect"), nullptr);
  EXPECT_TRUE(harness.showsText("Connecting…"));
}

TEST_F(RootViewTest, RejectedTokenShowsTheConnectionScreen) {
  state = testing::stateWithRows();
  state.route.status = "done";
  state.connection.status = core::LoadStatus::Failed;
  state.connection.error = core::Error{.kind = core::ErrorKind::Api,
                                       .httpStatus = 401,
                                       .apiCode = "INVALID_TOKEN",
                                       .message = "Invalid or expired API token"};
  show();
  EXPECT_NE(harness.find("Connect"), nullptr);
  EXPECT_EQ(harness.find("FI-1"), nullptr);
  EXPECT_TRUE(harness.showsMessage("The access token was rejected. Enter a valid token."));
}

TEST_F(RootViewTest, Forbidden403ListSaysTheTokenHasNoAccess) {
  state = testing::connectedState();
  state.list.status = core::LoadStatus::Failed;
  state.list.error = core::Error{.kind = core::ErrorKind::Http, .httpStatus = 403};
  show();
  EXPECT_TRUE(harness.showsMessage("This token has no access to interventions."))
      << ::testing::PrintToString(harness.messages());
}

TEST_F(RootViewTest, MissingCapabilityIsSaidPlainly) {
  state = testing::connectedState();
  state.connection.discovery.capabilities = {"invoices"};
  state.list.status = core::LoadStatus::Failed;
  state.list.error = core::Error{.kind = core::ErrorKind::Unsupported,
                                 .message = "This server does not offer interventions."};
  show();
  EXPECT_TRUE(harness.showsText("This server does not offer interventions."));
  EXPECT_EQ(harness.find("Next"), nullptr);
}

TEST_F(RootViewTest, WideLayoutShowsListAndDetailSideBySide) {
  state = testing::stateWithDetail();
  show();
  EXPECT_FALSE(view.narrow());
  const ItemRecord* row = harness.find("FI-1");
  const ItemRecord* close = harness.find("Close");
  ASSERT_NE(row, nullptr);
  ASSERT_NE(close, nullptr);
  EXPECT_LT(row->max.x, close->min.x) << "the detail is right of the list";
  EXPECT_EQ(harness.find("Back"), nullptr);
  EXPECT_NE(harness.find("Done"), nullptr) << "the filters are shown";
}

TEST_F(RootViewTest, NarrowLayoutShowsTheDetailAloneWithBack) {
  harness.setDisplaySize(360, 740);
  state = testing::stateWithDetail();
  state.route.status = "billed";
  show();
  EXPECT_TRUE(view.narrow());
  EXPECT_EQ(harness.find("FI-1"), nullptr) << "no list rows beside the detail";
  EXPECT_EQ(harness.find("Done"), nullptr) << "no filters either";
  EXPECT_EQ(harness.find("Close"), nullptr);
  EXPECT_NE(harness.find("Download PDF"), nullptr);
  clickLabel("Back");
  const auto route = onlyRoute(intents);
  ASSERT_TRUE(route);
  EXPECT_EQ(route->openId, "");
  EXPECT_EQ(route->status, "billed");
}

TEST_F(RootViewTest, NarrowLayoutEscapeGoesBack) {
  harness.setDisplaySize(360, 740);
  state = testing::stateWithDetail();
  show();
  harness.press(ImGuiKey_Escape, draw);
  const auto route = onlyRoute(intents);
  ASSERT_TRUE(route);
  EXPECT_EQ(route->openId, "");
}

TEST_F(RootViewTest, NarrowLayoutWithoutDetailShowsTheList) {
  harness.setDisplaySize(360, 740);
  state = testing::stateWithRows();
  show();
  EXPECT_TRUE(view.narrow());
  EXPECT_NE(harness.find("FI-1"), nullptr);
  clickLabel("FI-3");
  const auto route = onlyRoute(intents);
  ASSERT_TRUE(route);
  EXPECT_EQ(route->openId, "3");
}

TEST_F(RootViewTest, ChangeServerShowsTheFormUntilCancelled) {
  state = testing::stateWithRows();
  show();
  EXPECT_EQ(harness.find("Connect"), nullptr);
  clickLabel("Change server");
  harness.frame(draw);
  EXPECT_NE(harness.find("Connect"), nullptr);
  clickLabel("Cancel");
  harness.frame(draw);
  EXPECT_EQ(harness.find("Connect"), nullptr);
  EXPECT_NE(harness.find("FI-1"), nullptr);
  EXPECT_TRUE(intents.empty());
}

TEST_F(RootViewTest, ForgetThisDeviceOnlyWhenRemembered) {
  state = testing::stateWithRows();
  show();
  EXPECT_EQ(harness.find("Forget this device"), nullptr);
  state.connection.remembered = true;
  harness.frame(draw);
  clickLabel("Forget this device");
  std::vector<core::Intent> emitted = intents.take();
  ASSERT_EQ(emitted.size(), 1u);
  EXPECT_TRUE(std::holds_alternative<core::ForgetDeviceIntent>(emitted[0]));
}

TEST_F(RootViewTest, ServerTextWithFormatDirectivesIsDrawnSafely) {
  state = testing::stateWithDetail();
  state.connection.discovery.providerName = "%s%s%n%x ACME";
  state.list.store.replace({{.id = "1", .ref = "%n%n%s", .status = "%s unknown"}});
  state.detail.intervention.description = "%s%s%s%n";
  state.detail.intervention.lines[0].description = "%n%n";
  bootProblem = "config.json %s is not valid";
  show();  // would crash under the sanitizers if used as a format string
  EXPECT_TRUE(harness.showsText("%s%s%n%x ACME"));
  EXPECT_TRUE(harness.showsText("config.json %s is not valid"));
  EXPECT_NE(harness.find("%n%n%s"), nullptr);
  EXPECT_TRUE(intents.empty());
}

}  // namespace
}  // namespace fiche::ui
