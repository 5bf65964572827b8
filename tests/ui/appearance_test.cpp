// tests/ui: the theme follows the system until the user picks one; the pick travels in
// ImGui's settings text (what the web build keeps in localStorage) and the header button
// cycles it.
#include "ui/appearance.hpp"

#include <gtest/gtest.h>

#include <string>

#include "ui/icons.hpp"
#include "ui/imgui_harness.hpp"
#include "ui/theme_toggle.hpp"

namespace fiche::ui {
namespace {

TEST(Appearance, FollowsTheSystemUntilTheUserPicks) {
  Appearance appearance;
  EXPECT_EQ(appearance.choice(), ThemeChoice::System);
  EXPECT_FALSE(appearance.dark());
  appearance.setSystemDark(true);
  EXPECT_TRUE(appearance.dark());
  appearance.readSetting("Theme=light");
  EXPECT_FALSE(appearance.dark()) << "the user's pick wins over the system";
  appearance.readSetting("Theme=dark");
  appearance.setSystemDark(false);
  EXPECT_TRUE(appearance.dark());
  appearance.readSetting("Theme=purple");
  EXPECT_EQ(appearance.choice(), ThemeChoice::Dark) << "unknown values are ignored";
}

TEST(Appearance, TheDeploymentsOverrideWinsAndIsNeverSaved) {
  Appearance appearance;
  appearance.readSetting("Theme=light");
  appearance.setOverride(ThemeChoice::Dark);
  EXPECT_TRUE(appearance.dark()) << "a kiosk's theme wins over the user's pick";
  EXPECT_EQ(appearance.choice(), ThemeChoice::Light) << "the pick itself is untouched";
  ImGuiTextBuffer saved;
  appearance.writeSettings(saved);
  EXPECT_NE(std::string(saved.c_str()).find("Theme=light"), std::string::npos);
  appearance.setOverride(ThemeChoice::System);
  appearance.setSystemDark(false);
  EXPECT_FALSE(appearance.dark());
  appearance.setOverride(std::nullopt);
  EXPECT_FALSE(appearance.dark());
}

TEST(Appearance, ThePickTravelsInImGuiSettingsAndSurvivesARestart) {
  std::string saved;
  {
    testing::ImGuiHarness harness;
    Appearance appearance;
    appearance.install(ImGui::GetCurrentContext());
    auto draw = [&] {
      ImGui::SetNextWindowPos(ImVec2(0, 0));
      ImGui::SetNextWindowSize(ImVec2(600, 100));
      ImGui::Begin("Header");
      ImGui::TextUnformatted("Fiche");
      drawThemeToggle();
      ImGui::End();
    };
    harness.frame(draw);
    harness.frame(draw);
    const ItemRecord* button = harness.find(std::string(icons::kAdjust) + " Auto");
    ASSERT_NE(button, nullptr) << "the button shows the current choice";
    harness.click(*button, draw);
    EXPECT_EQ(appearance.choice(), ThemeChoice::Light);
    harness.frame(draw);
    button = harness.find(std::string(icons::kSun) + " Light");
    ASSERT_NE(button, nullptr) << "the button shows the new choice";
    harness.click(*button, draw);
    EXPECT_EQ(appearance.choice(), ThemeChoice::Dark);
    saved = ImGui::SaveIniSettingsToMemory();
  }
  EXPECT_NE(saved.find("[Fiche][Appearance]\nTheme=dark\n"), std::string::npos) << saved;

  testing::ImGuiHarness harness;
  Appearance restored;
  restored.install(ImGui::GetCurrentContext());
  ImGui::LoadIniSettingsFromMemory(saved.c_str());
  EXPECT_EQ(restored.choice(), ThemeChoice::Dark);
}

TEST(Appearance, AppliesTheThemeOnlyWhenItChanges) {
  testing::ImGuiHarness harness;
  Appearance appearance;
  ImGuiStyle style;
  EXPECT_TRUE(appearance.apply(style));
  const ImVec4 light = style.Colors[ImGuiCol_WindowBg];
  EXPECT_FALSE(appearance.apply(style));
  appearance.setSystemDark(true);
  EXPECT_TRUE(appearance.apply(style));
  EXPECT_LT(style.Colors[ImGuiCol_WindowBg].x, light.x) << "dark background";
}

}  // namespace
}  // namespace fiche::ui
