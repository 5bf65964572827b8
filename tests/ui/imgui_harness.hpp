// tests/ui: a headless ImGui context that draws views frame by frame and clicks, types or
// presses keys on the widgets they report through the item hooks.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "imgui.h"
#include "ui/item_registry.hpp"

namespace fiche::ui::testing {

// What the harness reads back through ImGui's clipboard functions.
struct HarnessTexts {
  std::string drawn;      // text logged during the current frame
  std::string clipboard;  // what views copied
};

class ImGuiHarness {
 public:
  ImGuiHarness();
  ~ImGuiHarness();
  ImGuiHarness(const ImGuiHarness&) = delete;
  ImGuiHarness& operator=(const ImGuiHarness&) = delete;

  // Runs one frame calling `draw` between NewFrame and Render.
  void frame(const std::function<void()>& draw);
  // The last frame's item whose visible label is `label` (the first one drawn), or nullptr.
  const ItemRecord* find(std::string_view label) const;
  // The last frame's item with that ImGui id, or nullptr (for widgets without a visible label).
  const ItemRecord* findId(ImGuiID id) const;
  // Every item of the last frame, in submission order.
  const std::vector<ItemRecord>& items() const { return m_items.lastFrame(); }
  // Moves the mouse to the item's centre and clicks over the next frames.
  void click(const ItemRecord& item, const std::function<void()>& draw);
  void type(std::string_view text, const std::function<void()>& draw);
  // Presses and releases a key over two frames (the press is seen in the first).
  void press(ImGuiKey key, const std::function<void()>& draw);
  // Moves the mouse off every widget (no hover, no tooltip) and runs a frame.
  void moveMouseAway(const std::function<void()>& draw);
  // Takes effect from the next frame (the web platform sets it from the canvas size).
  void setDisplaySize(float width, float height);

  // Every text drawn in the last frame, in drawing order, one line per row of text. ImGui's
  // log stops at the first top-level window a view ends: text drawn after a tooltip or popup
  // closed (e.g. while the mouse hovers a widget with a tooltip) is missing.
  const std::string& text() const { return m_text; }
  bool showsText(std::string_view part) const { return m_text.find(part) != std::string::npos; }
  // Messages (errors, notices) the views recorded in the last frame.
  const std::vector<std::string>& messages() const { return m_items.lastMessages(); }
  bool showsMessage(std::string_view message) const;
  // What the views last put on the clipboard through ImGui.
  const std::string& clipboard() const { return m_texts.clipboard; }

 private:
  ImGuiContext* m_context = nullptr;
  ItemRegistry m_items;
  std::string m_text;
  HarnessTexts m_texts;
};

// Runs `draw` inside a window covering the whole display, as RootView does, so views that draw
// into the current window can be tested alone.
void fullScreenWindow(const std::function<void()>& draw);

}  // namespace fiche::ui::testing
