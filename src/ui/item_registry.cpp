// ui: implementation of ImGui's test-engine item hooks feeding ItemRegistry.
#include "ui/item_registry.hpp"

#include <cstring>
#include <unordered_map>

#include "imgui_internal.h"

namespace fiche::ui {
namespace {

// ImGui calls the hooks with its context; map it to the registry attached to it.
std::unordered_map<ImGuiContext*, ItemRegistry*>& registries() {
  static std::unordered_map<ImGuiContext*, ItemRegistry*> map;
  return map;
}

ItemRegistry* registryFor(ImGuiContext* context) {
  auto it = registries().find(context);
  return it == registries().end() ? nullptr : it->second;
}

// ImGui labels may carry "##id" suffixes that are not shown; keep the visible part. A widget
// whose label is only an id ("##period") is named by that id, so tests can still find it.
std::string visibleLabel(const char* label) {
  if (label == nullptr) return {};
  const char* hidden = std::strstr(label, "##");
  if (hidden == nullptr) return label;
  if (hidden != label) return std::string(label, hidden);
  while (*hidden == '#') ++hidden;
  return hidden;
}

}  // namespace

void ItemRegistry::attach(ImGuiContext* context, ItemRegistry* registry) {
  if (registry == nullptr) {
    registries().erase(context);
    return;
  }
  registries()[context] = registry;
  context->TestEngineHookItems = registry->m_enabled;
}

void ItemRegistry::setEnabled(bool enabled) {
  m_enabled = enabled;
  for (auto& [context, registry] : registries()) {
    if (registry == this) context->TestEngineHookItems = enabled;
  }
}

void ItemRegistry::beginFrame() {
  m_current.clear();
  m_currentMessages.clear();
}

void ItemRegistry::endFrame() {
  m_last.swap(m_current);
  m_lastMessages.swap(m_currentMessages);
}

void ItemRegistry::labelLastItem(std::string_view label) {
  labelItem(ImGui::GetCurrentContext()->LastItemData.ID, label);
}

void ItemRegistry::labelItem(ImGuiID id, std::string_view label) {
  ItemRegistry* registry = registryFor(ImGui::GetCurrentContext());
  if (registry == nullptr || !registry->m_enabled) return;
  for (auto it = registry->m_current.rbegin(); it != registry->m_current.rend(); ++it) {
    if (it->id == id) {
      it->label = std::string(label);
      return;
    }
  }
}

void ItemRegistry::noteMessage(std::string_view message) {
  ItemRegistry* registry = registryFor(ImGui::GetCurrentContext());
  if (registry == nullptr || !registry->m_enabled) return;
  registry->m_currentMessages.emplace_back(message);
}

void ItemRegistry::onItemAdd(ImGuiID id, const ImVec2& min, const ImVec2& max) {
  if (id == 0) return;
  m_current.push_back({.id = id, .label = {}, .min = min, .max = max});
}

void ItemRegistry::onItemInfo(ImGuiID id, const char* label) {
  // ItemInfo follows the ItemAdd of the same item, so search from the back.
  for (auto it = m_current.rbegin(); it != m_current.rend(); ++it) {
    if (it->id == id) {
      it->label = visibleLabel(label);
      return;
    }
  }
}

}  // namespace fiche::ui

// The hooks ImGui declares when IMGUI_ENABLE_TEST_ENGINE is defined (imgui_internal.h).
void ImGuiTestEngineHook_ItemAdd(ImGuiContext* ctx, ImGuiID id, const ImRect& bb,
                                 const ImGuiLastItemData*) {
  if (auto* registry = fiche::ui::registryFor(ctx)) registry->onItemAdd(id, bb.Min, bb.Max);
}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext* ctx, ImGuiID id, const char* label,
                                  ImGuiItemStatusFlags) {
  if (auto* registry = fiche::ui::registryFor(ctx)) registry->onItemInfo(id, label);
}

void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}

const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) {
  return nullptr;
}
