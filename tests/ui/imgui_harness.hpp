// tests/ui: a headless ImGui context that draws views frame by frame and clicks or types
// on the widgets they report through the item hooks.
#pragma once

#include <functional>
#include <string_view>

#include "imgui.h"
#include "ui/item_registry.hpp"

namespace fiche::ui::testing {

class ImGuiHarness {
 public:
  ImGuiHarness();
  ~ImGuiHarness();
  ImGuiHarness(const ImGuiHarness&) = delete;
  ImGuiHarness& operator=(const ImGuiHarness&) = delete;

  // Runs one frame calling `draw` between NewFrame and Render.
  void frame(const std::function<void()>& draw);
  // The last frame's item whose visible label is `label`, or nullptr.
  const ItemRecord* find(std::string_view label) const;
  // Moves the mouse to the item's centre and clicks over the next frames.
  void click(const ItemRecord& item, const std::function<void()>& draw);
  void type(std::string_view text, const std::function<void()>& draw);

 private:
  ImGuiContext* m_context = nullptr;
  ItemRegistry m_items;
};

}  // namespace fiche::ui::testing
