// ui: the keys that move a list's cursor.
#include "ui/list_keys.hpp"

#include <algorithm>

#include "imgui.h"

namespace fiche::ui {

std::optional<std::size_t> cursorMoveTarget(std::optional<std::size_t> current, std::size_t count) {
  if (count == 0) return std::nullopt;
  constexpr long kPage = 10;
  const long last = static_cast<long>(count) - 1;
  const long at = current ? static_cast<long>(*current) : -1;
  long target = 0;
  if (ImGui::IsKeyPressed(ImGuiKey_DownArrow)) {
    target = current ? at + 1 : 0;
  } else if (ImGui::IsKeyPressed(ImGuiKey_UpArrow)) {
    target = current ? at - 1 : 0;
  } else if (ImGui::IsKeyPressed(ImGuiKey_PageDown)) {
    target = current ? at + kPage : 0;
  } else if (ImGui::IsKeyPressed(ImGuiKey_PageUp)) {
    target = current ? at - kPage : 0;
  } else if (ImGui::IsKeyPressed(ImGuiKey_Home, false)) {
    target = 0;
  } else if (ImGui::IsKeyPressed(ImGuiKey_End, false)) {
    target = last;
  } else {
    return std::nullopt;
  }
  return static_cast<std::size_t>(std::clamp(target, 0L, last));
}

}  // namespace fiche::ui
