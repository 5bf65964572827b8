// tests/ui/views: the connection form — what it sends, what it says when connecting failed.
#include "ui/views/connection_view.hpp"

#include <gtest/gtest.h>

#include <variant>

#include "ui/imgui_harness.hpp"

namespace fiche::ui {
namespace {

using testing::fullScreenWindow;

class ConnectionViewTest : public ::testing::Test {
 protected:
  void SetUp() override {
    harness.frame(draw);
    harness.frame(draw);
  }
  void fill(std::string_view root, std::string_view token) {
    if (!root.empty()) {
      harness.click(*harness.find("Server address"), draw);
      harness.type(root, draw);
    }
    harness.click(*harness.find("Access token"), draw);
    harness.type(token, draw);
  }
  // The one ConnectIntent emitted, or a failure.
  core::ConnectIntent emitted() {
    std::vector<core::Intent> intents = sink.take();
    EXPECT_EQ(intents.size(), 1u);
    const auto* connect = intents.empty() ? nullptr : std::get_if<core::ConnectIntent>(&intents[0]);
    EXPECT_NE(connect, nullptr);
    return connect ? *connect : core::ConnectIntent{};
  }

  testing::ImGuiHarness harness;
  ConnectionView view;
  IntentSink sink;
  core::AppState app;
  core::ConnectionState& connection = app.connection;
  std::function<void()> draw = [this] { fullScreenWindow([this] { view.draw(app, sink); }); };
};

TEST_F(ConnectionViewTest, ConnectsWithoutRememberingByDefault) {
  fill("https://erp.example.com/16", "secret");
  EXPECT_TRUE(sink.empty());
  harness.click(*harness.find("Connect"), draw);
  const core::ConnectIntent intent = emitted();
  EXPECT_EQ(intent.apiRoot, "https://erp.example.com/16");
  EXPECT_EQ(intent.token, "secret");
  EXPECT_FALSE(intent.remember);
}

TEST_F(ConnectionViewTest, RememberIsAnExplicitOptIn) {
  fill("https://erp.example.com", "secret");
  const ItemRecord* remember = harness.find("Remember on this device");
  ASSERT_NE(remember, nullptr);
  harness.click(*remember, draw);
  EXPECT_TRUE(sink.empty()) << "ticking the box connects nothing yet";
  harness.click(*harness.find("Connect"), draw);
  EXPECT_TRUE(emitted().remember);
}

TEST_F(ConnectionViewTest, ConnectIsDisabledWithoutAnAddress) {
  harness.click(*harness.find("Connect"), draw);
  EXPECT_TRUE(sink.empty());
}

TEST_F(ConnectionViewTest, ConnectIsDisabledWhileConnecting) {
  fill("https://erp.example.com", "secret");
  connection.status = core::LoadStatus::Pending;
  harness.frame(draw);
  harness.click(*harness.find("Connect"), draw);
  EXPECT_TRUE(sink.empty());
}

TEST_F(ConnectionViewTest, TheAddressFieldStartsWithTheKnownRoot) {
  testing::ImGuiHarness other;
  ConnectionView seeded;
  IntentSink intents;
  core::AppState failed;
  failed.connection = {.status = core::LoadStatus::Failed, .apiRoot = "https://known.example/erp"};
  auto drawSeeded = [&] { fullScreenWindow([&] { seeded.draw(failed, intents); }); };
  other.frame(drawSeeded);
  other.frame(drawSeeded);
  other.click(*other.find("Connect"), drawSeeded);
  std::vector<core::Intent> emittedIntents = intents.take();
  ASSERT_EQ(emittedIntents.size(), 1u);
  EXPECT_EQ(std::get<core::ConnectIntent>(emittedIntents[0]).apiRoot, "https://known.example/erp");
  EXPECT_EQ(std::get<core::ConnectIntent>(emittedIntents[0]).token, "");
}

TEST_F(ConnectionViewTest, RejectedTokenIsExplainedWithTheServerTextApart) {
  connection.status = core::LoadStatus::Failed;
  connection.error = core::Error{.kind = core::ErrorKind::Api,
                                 .httpStatus = 401,
                                 .apiCode = "INVALID_TOKEN",
                                 .message = "Invalid or expired API token"};
  harness.frame(draw);
  EXPECT_TRUE(harness.showsMessage("The access token was rejected. Enter a valid token."));
  EXPECT_TRUE(harness.showsMessage("Invalid or expired API token"));
}

TEST_F(ConnectionViewTest, NetworkFailureAcrossOriginsMentionsCors) {
  connection.status = core::LoadStatus::Failed;
  connection.crossOrigin = true;
  connection.error = core::Error{.kind = core::ErrorKind::Network};
  harness.frame(draw);
  ASSERT_EQ(harness.messages().size(), 1u);
  EXPECT_NE(harness.messages()[0].find("CORS"), std::string::npos);
  EXPECT_NE(harness.messages()[0].find("serve.py --upstream"), std::string::npos);
}

TEST_F(ConnectionViewTest, ALinkToAnotherServerIsShownWithTheWayBack) {
  testing::ImGuiHarness other;
  ConnectionView linked;
  IntentSink intents;
  core::AppState linkedState;
  linkedState.connection.linkRoot = "https://evil.example/%s%n";
  linkedState.connection.configuredRoot = "https://erp.example/16";
  auto drawLinked = [&] { fullScreenWindow([&] { linked.draw(linkedState, intents); }); };
  other.frame(drawLinked);
  other.frame(drawLinked);
  ASSERT_FALSE(other.messages().empty());
  EXPECT_NE(other.messages()[0].find("https://evil.example/%s%n"), std::string::npos)
      << "the link is shown as it is";
  EXPECT_NE(other.messages()[0].find("has not contacted it"), std::string::npos);
  other.click(*other.find("Use the configured server"), drawLinked);
  std::vector<core::Intent> emittedIntents = intents.take();
  ASSERT_EQ(emittedIntents.size(), 1u);
  EXPECT_TRUE(std::holds_alternative<core::ConnectConfiguredIntent>(emittedIntents[0]));
  // Connecting to the link itself takes the user's own token.
  other.click(*other.find("Access token"), drawLinked);
  other.type("mine", drawLinked);
  other.click(*other.find("Connect"), drawLinked);
  emittedIntents = intents.take();
  ASSERT_EQ(emittedIntents.size(), 1u);
  EXPECT_EQ(std::get<core::ConnectIntent>(emittedIntents[0]).apiRoot, "https://evil.example/%s%n");
  EXPECT_EQ(std::get<core::ConnectIntent>(emittedIntents[0]).token, "mine");
}

TEST_F(ConnectionViewTest, ARecoveringConnectionKeepsTheFormUsableAndSaysWhen) {
  fill("https://erp.example.com", "half-typ");
  connection.status = core::LoadStatus::Failed;
  connection.error = core::Error{.kind = core::ErrorKind::Network};
  app.nowMs = 1000;
  connection.recoverAtMs = 13'000;
  harness.frame(draw);
  EXPECT_TRUE(harness.showsMessage("Fiche tries again by itself in 12 s."));
  connection.status = core::LoadStatus::Pending;
  connection.background = true;
  connection.recoverAtMs = 0;
  harness.frame(draw);
  EXPECT_TRUE(harness.showsMessage("Trying again…"));
  harness.click(*harness.find("Access token"), draw);
  harness.type("ed", draw);
  harness.click(*harness.find("Connect"), draw);
  EXPECT_EQ(emitted().token, "half-typed") << "what the user typed survives the attempts";
}

}  // namespace
}  // namespace fiche::ui
