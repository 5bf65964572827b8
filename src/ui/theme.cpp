// ui: Fiche's theme.
#include "ui/theme.hpp"

namespace fiche::ui {

void applyTheme(ImGuiStyle& style, bool dark) {
  style = ImGuiStyle();
  if (dark) {
    ImGui::StyleColorsDark(&style);
  } else {
    ImGui::StyleColorsLight(&style);
  }
  style.WindowRounding = 0.0f;
  style.FrameRounding = 4.0f;
  style.GrabRounding = 4.0f;
  style.FrameBorderSize = 1.0f;  // text fields must be visible on the light background
  style.CellPadding = ImVec2(8.0f, 5.0f);
  style.FramePadding = ImVec2(8.0f, 5.0f);
  style.ItemSpacing = ImVec2(10.0f, 8.0f);
  ImVec4* colours = style.Colors;
  if (dark) {
    // Soft, not pure, black: less glare, and the same blue accents as the light theme.
    colours[ImGuiCol_WindowBg] = ImVec4(0.11f, 0.12f, 0.13f, 1.0f);
    colours[ImGuiCol_Text] = ImVec4(0.90f, 0.91f, 0.92f, 1.0f);
    colours[ImGuiCol_FrameBg] = ImVec4(0.17f, 0.18f, 0.20f, 1.0f);
    colours[ImGuiCol_Border] = ImVec4(0.32f, 0.34f, 0.37f, 1.0f);
    colours[ImGuiCol_Header] = ImVec4(0.35f, 0.55f, 0.85f, 0.30f);
    colours[ImGuiCol_HeaderHovered] = ImVec4(0.35f, 0.55f, 0.85f, 0.42f);
    colours[ImGuiCol_Button] = ImVec4(0.35f, 0.55f, 0.85f, 0.22f);
    colours[ImGuiCol_ButtonHovered] = ImVec4(0.35f, 0.55f, 0.85f, 0.38f);
    colours[ImGuiCol_ButtonActive] = ImVec4(0.35f, 0.55f, 0.85f, 0.55f);
    colours[ImGuiCol_TableHeaderBg] = ImVec4(0.18f, 0.19f, 0.21f, 1.0f);
    colours[ImGuiCol_TableRowBgAlt] = ImVec4(1.0f, 1.0f, 1.0f, 0.03f);
    return;
  }
  colours[ImGuiCol_WindowBg] = ImVec4(0.98f, 0.98f, 0.97f, 1.0f);
  colours[ImGuiCol_Header] = ImVec4(0.20f, 0.42f, 0.70f, 0.22f);
  colours[ImGuiCol_HeaderHovered] = ImVec4(0.20f, 0.42f, 0.70f, 0.32f);
  // Tinted, not saturated, buttons: the theme's dark text stays readable on them.
  colours[ImGuiCol_Button] = ImVec4(0.20f, 0.42f, 0.70f, 0.16f);
  colours[ImGuiCol_ButtonHovered] = ImVec4(0.20f, 0.42f, 0.70f, 0.30f);
  colours[ImGuiCol_ButtonActive] = ImVec4(0.20f, 0.42f, 0.70f, 0.45f);
  colours[ImGuiCol_TableHeaderBg] = ImVec4(0.90f, 0.91f, 0.92f, 1.0f);
}

StatusColours statusColours(std::string_view status) {
  const ImU32 dark = IM_COL32(30, 30, 30, 255);
  const ImU32 light = IM_COL32(255, 255, 255, 255);
  if (status == "draft") return {IM_COL32(203, 211, 211, 255), dark};
  // Text on each chip keeps at least 4.5:1 contrast.
  if (status == "validated") return {IM_COL32(240, 196, 80, 255), dark};
  if (status == "done") return {IM_COL32(22, 128, 96, 255), light};
  if (status == "billed") return {IM_COL32(60, 90, 160, 255), light};
  return {IM_COL32(235, 235, 235, 255), dark};
}

ImU32 errorColour() {
  // Dark red on the light theme, light red on the dark one: readable on both backgrounds.
  const ImVec4& background = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
  const bool dark = background.x + background.y + background.z < 1.5f;
  return dark ? IM_COL32(240, 128, 128, 255) : IM_COL32(170, 30, 30, 255);
}

ImU32 warningColour() {
  // Dark amber on light, light amber on dark: both above 4.5:1 against the window.
  const ImVec4& background = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
  const bool dark = background.x + background.y + background.z < 1.5f;
  return dark ? IM_COL32(240, 190, 90, 255) : IM_COL32(138, 84, 0, 255);
}

}  // namespace fiche::ui
