// ui: drawing helpers.
#include "ui/widgets.hpp"

#include <string>

#include "imgui.h"
#include "ui/icons.hpp"
#include "ui/item_registry.hpp"
#include "ui/theme.hpp"

namespace fiche::ui {

void textRaw(std::string_view text) {
  ImGui::TextUnformatted(text.data(), text.data() + text.size());
}

void textWrappedRaw(std::string_view text) {
  ImGui::PushTextWrapPos(0.0f);
  textRaw(text);
  ImGui::PopTextWrapPos();
}

void textMutedRaw(std::string_view text) {
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  textRaw(text);
  ImGui::PopStyleColor();
}

void sameLineIfFits(float width, float spacing) {
  const float gap = spacing >= 0.0f ? spacing : ImGui::GetStyle().ItemSpacing.x;
  const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
  if (ImGui::GetItemRectMax().x + gap + width <= right) ImGui::SameLine(0.0f, gap);
}

float buttonWidth(const char* label) {
  return ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2;
}

namespace {

std::string iconLabel(const char* icon, const char* text) {
  return std::string(icon) + " " + text + "###" + text;
}

// The icon beside a status's word; none for statuses Fiche does not know.
const char* statusIcon(std::string_view status) {
  if (status == "draft") return icons::kPencil;
  if (status == "validated") return icons::kCheck;
  if (status == "done") return icons::kCheckCircle;
  if (status == "billed") return icons::kEuro;
  return nullptr;
}

}  // namespace

bool iconButton(const char* icon, const char* text) {
  const bool pressed = ImGui::Button(iconLabel(icon, text).c_str());
  ItemRegistry::labelLastItem(text);
  return pressed;
}

bool smallIconButton(const char* icon, const char* text) {
  const bool pressed = ImGui::SmallButton(iconLabel(icon, text).c_str());
  ItemRegistry::labelLastItem(text);
  return pressed;
}

float iconButtonWidth(const char* icon, const char* text) {
  return buttonWidth(iconLabel(icon, text).c_str());
}

std::string_view statusLabel(std::string_view status) {
  if (status == "draft") return "Draft";
  if (status == "validated") return "Validated";
  if (status == "done") return "Done";
  if (status == "billed") return "Billed";
  return status;
}

void statusChip(std::string_view status) {
  const char* icon = statusIcon(status);
  const std::string text = icon != nullptr
                               ? std::string(icon) + " " + std::string(statusLabel(status))
                               : std::string(statusLabel(status));
  const StatusColours colours = statusColours(status);
  const ImVec2 padding(em(0.45f), em(0.08f));
  const ImVec2 textSize = ImGui::CalcTextSize(text.data(), text.data() + text.size());
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const ImVec2 size(textSize.x + 2 * padding.x, textSize.y + 2 * padding.y);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(pos, ImVec2(pos.x + size.x, pos.y + size.y), colours.fill, size.y * 0.5f);
  draw->AddText(ImVec2(pos.x + padding.x, pos.y + padding.y), colours.text, text.data(),
                text.data() + text.size());
  ImGui::Dummy(size);
}

void errorMessage(std::string_view sentence, const core::Error& error) {
  ImGui::PushStyleColor(ImGuiCol_Text, errorColour());
  textWrappedRaw(sentence);
  ImGui::PopStyleColor();
  ItemRegistry::noteMessage(sentence);
  if (error.kind == core::ErrorKind::Api && !error.message.empty()) {
    ImGui::TextDisabled("Server says:");
    ImGui::SameLine();
    textWrappedRaw(error.message);
    ItemRegistry::noteMessage(error.message);
  }
}

}  // namespace fiche::ui
