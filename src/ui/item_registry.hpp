// ui: records the widgets submitted in a frame (id, label, rectangle) through ImGui's item
// hooks, so browser tests can find and click them with real input events.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "imgui.h"

namespace fiche::ui {

struct ItemRecord {
  ImGuiID id = 0;
  std::string label;  // empty for items that report none (e.g. plain text)
  ImVec2 min;         // in ImGui coordinates (CSS pixels on the web)
  ImVec2 max;
};

// One registry per ImGui context. While disabled (the default) ImGui skips the hooks.
class ItemRegistry {
 public:
  // Installs this registry as the context's hook target; pass nullptr to detach.
  static void attach(ImGuiContext* context, ItemRegistry* registry);

  void setEnabled(bool enabled);
  bool enabled() const { return m_enabled; }

  // Call right after ImGui::NewFrame(): the items recorded since are this frame's.
  void beginFrame();
  // Call after ImGui::Render(): this frame's items become lastFrame(), so what tests read
  // always matches what is on screen.
  void endFrame();
  // Items of the last completed frame.
  const std::vector<ItemRecord>& lastFrame() const { return m_last; }
  // Messages (errors, notices) shown in the last completed frame.
  const std::vector<std::string>& lastMessages() const { return m_lastMessages; }

  // For views, through the current ImGui context's registry (no-ops while none is enabled):
  // names the last submitted item (e.g. a table row drawn with a hidden label), and records a
  // message drawn this frame.
  static void labelLastItem(std::string_view label);
  static void labelItem(ImGuiID id, std::string_view label);
  static void noteMessage(std::string_view message);

  void onItemAdd(ImGuiID id, const ImVec2& min, const ImVec2& max);
  void onItemInfo(ImGuiID id, const char* label);

 private:
  bool m_enabled = false;
  std::vector<ItemRecord> m_current;
  std::vector<ItemRecord> m_last;
  std::vector<std::string> m_currentMessages;
  std::vector<std::string> m_lastMessages;
};

}  // namespace fiche::ui
