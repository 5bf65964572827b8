// tests/ui: the page shows the connection form or the list from the state, and emits
// the user's wishes as intents.
#include "ui/views/root_view.hpp"

#include <gtest/gtest.h>

#include <variant>

#include "ui/imgui_harness.hpp"

namespace fiche::ui {
namespace {

core::AppState connectedWithRows() {
  core::AppState state;
  state.connection.status = core::LoadStatus::Ok;
  state.connection.apiRoot = "http://127.0.0.1:8000";
  state.connection.discovery.providerName = "Atelier Démo";
  state.list.status = core::LoadStatus::Ok;
  state.list.page.items = {{.id = "42",
                            .ref = "FI2405-0005",
                            .date = "2024-05-18",
                            .durationSeconds = 7200,
                            .status = "done"}};
  state.list.page.pagination = {.page = 1, .perPage = 50, .totalItems = 1, .totalPages = 1};
  return state;
}

TEST(RootView, WithoutServerAsksForOneAndConnectsWithWhatWasTyped) {
  testing::ImGuiHarness harness;
  RootView view;
  IntentSink intents;
  core::AppState state;  // no API configured
  auto draw = [&] { view.draw(state, "", intents); };
  harness.frame(draw);
  harness.frame(draw);
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
  harness.click(*harness.find("Connect"), draw);

  std::vector<core::Intent> emitted = intents.take();
  ASSERT_EQ(emitted.size(), 1u);
  const auto* connectIntent = std::get_if<core::ConnectIntent>(&emitted[0]);
  ASSERT_NE(connectIntent, nullptr);
  EXPECT_EQ(connectIntent->apiRoot, "https://erp.example.com/16");
  EXPECT_EQ(connectIntent->token, "secret");
}

TEST(RootView, ConnectedShowsRowsAndRefreshEmitsOneIntent) {
  testing::ImGuiHarness harness;
  RootView view;
  IntentSink intents;
  const core::AppState state = connectedWithRows();
  auto draw = [&] { view.draw(state, "", intents); };
  harness.frame(draw);
  harness.frame(draw);
  EXPECT_EQ(harness.find("Connect"), nullptr) << "no connection form once connected";
  const ItemRecord* refresh = harness.find("Refresh");
  ASSERT_NE(refresh, nullptr);
  harness.click(*refresh, draw);
  std::vector<core::Intent> emitted = intents.take();
  ASSERT_EQ(emitted.size(), 1u);
  EXPECT_TRUE(std::holds_alternative<core::RefreshIntent>(emitted[0]));
}

TEST(RootView, ServerTextWithFormatDirectivesIsDrawnSafely) {
  testing::ImGuiHarness harness;
  RootView view;
  IntentSink intents;
  core::AppState state = connectedWithRows();
  state.connection.discovery.providerName = "%s%s%n%x ACME";
  state.list.page.items[0].ref = "%n%n%s";
  state.list.page.items[0].status = "%s unknown";
  auto draw = [&] { view.draw(state, "config.json %s is not valid", intents); };
  harness.frame(draw);  // would crash under the sanitizers if used as a format string
  harness.frame(draw);
  EXPECT_TRUE(intents.empty());
}

}  // namespace
}  // namespace fiche::ui
