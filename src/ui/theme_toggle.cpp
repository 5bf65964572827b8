// ui: theme button.
#include "ui/theme_toggle.hpp"

#include <string>

#include "imgui.h"
#include "ui/appearance.hpp"
#include "ui/icons.hpp"

namespace fiche::ui {
namespace {

struct ChoiceLook {
  const char* icon;
  const char* label;
  ThemeChoice next;
};

// One click moves on to the next choice: system → light → dark → system.
ChoiceLook lookOf(ThemeChoice choice) {
  switch (choice) {
    case ThemeChoice::Light:
      return {icons::kSun, "Light", ThemeChoice::Dark};
    case ThemeChoice::Dark:
      return {icons::kMoon, "Dark", ThemeChoice::System};
    case ThemeChoice::System:
      break;
  }
  return {icons::kAdjust, "Auto", ThemeChoice::Light};
}

}  // namespace

void drawThemeToggle() {
  Appearance* appearance = Appearance::current();
  if (appearance == nullptr) return;
  const ChoiceLook look = lookOf(appearance->choice());
  // The visible text changes with the choice; the ID does not, so tests and focus keep it.
  const std::string label = std::string(look.icon) + " " + look.label + "###theme";
  const ImGuiStyle& style = ImGui::GetStyle();
  const float width =
      ImGui::CalcTextSize(label.c_str(), nullptr, true).x + 2.0f * style.FramePadding.x;
  // At the right end of the line, or of the next one when the line is already full.
  const float right = ImGui::GetWindowContentRegionMax().x;
  const float lineEnd = ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x;
  if (lineEnd + style.ItemSpacing.x + width <= right) {
    ImGui::SameLine(right - width);
  } else {
    ImGui::SetCursorPosX(right - width);
  }
  if (ImGui::SmallButton(label.c_str())) appearance->choose(look.next);
  ImGui::SetItemTooltip("Theme: %s (click to change)", appearance->choice() == ThemeChoice::System
                                                           ? "follows the system"
                                                           : look.label);
}

}  // namespace fiche::ui
