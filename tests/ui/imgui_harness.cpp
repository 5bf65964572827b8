// tests/ui: headless ImGui harness.
#include "ui/imgui_harness.hpp"

#include <string>

namespace fiche::ui::testing {

ImGuiHarness::ImGuiHarness() {
  m_context = ImGui::CreateContext();
  ImGui::SetCurrentContext(m_context);
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.DisplaySize = ImVec2(1280, 800);
  io.DeltaTime = 1.0f / 60.0f;
  io.Fonts->Build();
  ItemRegistry::attach(m_context, &m_items);
  m_items.setEnabled(true);
}

ImGuiHarness::~ImGuiHarness() {
  ItemRegistry::attach(m_context, nullptr);
  ImGui::DestroyContext(m_context);
}

void ImGuiHarness::frame(const std::function<void()>& draw) {
  ImGui::NewFrame();
  m_items.beginFrame();
  draw();
  ImGui::Render();
  m_items.endFrame();
}

const ItemRecord* ImGuiHarness::find(std::string_view label) const {
  for (const ItemRecord& item : m_items.lastFrame()) {
    if (item.label == label) return &item;
  }
  return nullptr;
}

void ImGuiHarness::click(const ItemRecord& item, const std::function<void()>& draw) {
  const ImVec2 centre((item.min.x + item.max.x) / 2, (item.min.y + item.max.y) / 2);
  ImGuiIO& io = ImGui::GetIO();
  io.AddMousePosEvent(centre.x, centre.y);
  frame(draw);
  io.AddMouseButtonEvent(0, true);
  frame(draw);
  io.AddMouseButtonEvent(0, false);
  frame(draw);
}

void ImGuiHarness::type(std::string_view text, const std::function<void()>& draw) {
  ImGui::GetIO().AddInputCharactersUTF8(std::string(text).c_str());
  frame(draw);
}

}  // namespace fiche::ui::testing
