// tests/ui: the page's window lets its tables keep their layout in ImGui's settings (ImGui
// gives a window's NoSavedSettings to every table inside it).
#include <gtest/gtest.h>

#include "imgui_internal.h"
#include "ui/imgui_harness.hpp"
#include "ui/views/root_view.hpp"

namespace fiche::ui {
namespace {

TEST(RootViewSettings, TablesOnThePageSaveTheirLayout) {
  testing::ImGuiHarness harness;
  RootView view;
  IntentSink intents;
  core::AppState state;
  auto draw = [&] { view.draw(state, "", intents); };
  harness.frame(draw);
  const ImGuiWindow* page = ImGui::FindWindowByName("Fiche");
  ASSERT_NE(page, nullptr);
  EXPECT_EQ(page->Flags & ImGuiWindowFlags_NoSavedSettings, 0);
}

}  // namespace
}  // namespace fiche::ui
