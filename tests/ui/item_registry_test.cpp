// tests/ui: the item hooks record each frame's widgets with their visible labels.
#include "ui/item_registry.hpp"

#include <gtest/gtest.h>

#include "ui/imgui_harness.hpp"

namespace fiche::ui {
namespace {

TEST(ItemRegistry, RecordsButtonsWithVisibleLabelsAndRectangles) {
  testing::ImGuiHarness harness;
  auto draw = [] {
    ImGui::SetNextWindowSize(ImVec2(400, 300));
    ImGui::Begin("window");
    ImGui::Button("Connect##form");
    ImGui::Button("Retry");
    ImGui::End();
  };
  harness.frame(draw);
  harness.frame(draw);
  const ItemRecord* connect = harness.find("Connect");
  const ItemRecord* retry = harness.find("Retry");
  ASSERT_NE(connect, nullptr);
  ASSERT_NE(retry, nullptr);
  EXPECT_GT(connect->max.x, connect->min.x);
  EXPECT_GT(retry->min.y, connect->min.y);  // laid out below
  EXPECT_EQ(harness.find("Connect##form"), nullptr);
}

TEST(ItemRegistry, OnlyTheLastFrameIsReported) {
  testing::ImGuiHarness harness;
  bool showSecond = true;
  auto draw = [&] {
    ImGui::SetNextWindowSize(ImVec2(400, 300));
    ImGui::Begin("window");
    ImGui::Button("First");
    if (showSecond) ImGui::Button("Second");
    ImGui::End();
  };
  harness.frame(draw);
  harness.frame(draw);
  EXPECT_NE(harness.find("Second"), nullptr);
  showSecond = false;
  harness.frame(draw);
  harness.frame(draw);
  EXPECT_EQ(harness.find("Second"), nullptr);
  EXPECT_NE(harness.find("First"), nullptr);
}

TEST(ItemRegistry, AFrameIsReportedAsSoonAsItIsRendered) {
  testing::ImGuiHarness harness;
  bool showForm = false;
  auto draw = [&] {
    ImGui::SetNextWindowSize(ImVec2(400, 300));
    ImGui::Begin("window");
    ImGui::Button(showForm ? "Connect" : "Refresh");
    ImGui::End();
  };
  harness.frame(draw);
  harness.frame(draw);
  showForm = true;
  harness.frame(draw);  // one frame only: tests read the state right after it
  EXPECT_NE(harness.find("Connect"), nullptr);
  EXPECT_EQ(harness.find("Refresh"), nullptr);
}

}  // namespace
}  // namespace fiche::ui
