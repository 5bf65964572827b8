// ui: drawing helpers.
#include "ui/widgets.hpp"

#include "imgui.h"
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

void statusChip(std::string_view status) {
  const StatusColours colours = statusColours(status);
  const ImVec2 padding(em(0.45f), em(0.08f));
  const ImVec2 textSize = ImGui::CalcTextSize(status.data(), status.data() + status.size());
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const ImVec2 size(textSize.x + 2 * padding.x, textSize.y + 2 * padding.y);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(pos, ImVec2(pos.x + size.x, pos.y + size.y), colours.fill, size.y * 0.5f);
  draw->AddText(ImVec2(pos.x + padding.x, pos.y + padding.y), colours.text, status.data(),
                status.data() + status.size());
  ImGui::Dummy(size);
}

}  // namespace fiche::ui
