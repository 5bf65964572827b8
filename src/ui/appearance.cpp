// ui: theme choice and its settings entry.
#include "ui/appearance.hpp"

#include <cstring>
#include <string_view>

#include "imgui_internal.h"
#include "ui/theme.hpp"

namespace fiche::ui {
namespace {

constexpr const char* kTypeName = "Fiche";
constexpr const char* kEntryName = "Appearance";

void* openEntry(ImGuiContext*, ImGuiSettingsHandler* handler, const char* name) {
  return std::strcmp(name, kEntryName) == 0 ? handler->UserData : nullptr;
}

void readLine(ImGuiContext*, ImGuiSettingsHandler*, void* entry, const char* line) {
  static_cast<Appearance*>(entry)->readSetting(line);
}

void writeAll(ImGuiContext*, ImGuiSettingsHandler* handler, ImGuiTextBuffer* out) {
  static_cast<const Appearance*>(handler->UserData)->writeSettings(*out);
}

}  // namespace

const char* toString(ThemeChoice choice) {
  switch (choice) {
    case ThemeChoice::Light:
      return "light";
    case ThemeChoice::Dark:
      return "dark";
    case ThemeChoice::System:
      break;
  }
  return "system";
}

void Appearance::install(ImGuiContext* context) {
  ImGuiContext* previous = ImGui::GetCurrentContext();
  ImGui::SetCurrentContext(context);
  ImGuiSettingsHandler handler;
  handler.TypeName = kTypeName;
  handler.TypeHash = ImHashStr(kTypeName);
  handler.ReadOpenFn = &openEntry;
  handler.ReadLineFn = &readLine;
  handler.WriteAllFn = &writeAll;
  handler.UserData = this;
  ImGui::AddSettingsHandler(&handler);
  ImGui::SetCurrentContext(previous);
}

Appearance* Appearance::current() {
  if (ImGui::GetCurrentContext() == nullptr) return nullptr;
  ImGuiSettingsHandler* handler = ImGui::FindSettingsHandler(kTypeName);
  return handler != nullptr ? static_cast<Appearance*>(handler->UserData) : nullptr;
}

void Appearance::choose(ThemeChoice choice) {
  if (choice == m_choice) return;
  m_choice = choice;
  ImGui::MarkIniSettingsDirty();
}

bool Appearance::dark() const {
  const ThemeChoice choice = m_override.value_or(m_choice);
  if (choice == ThemeChoice::System) return m_systemDark;
  return choice == ThemeChoice::Dark;
}

bool Appearance::apply(ImGuiStyle& style) {
  const int wanted = dark() ? 1 : 0;
  if (wanted == m_applied) return false;
  applyTheme(style, wanted == 1);
  m_applied = wanted;
  return true;
}

void Appearance::readSetting(const char* line) {
  constexpr std::string_view kKey = "Theme=";
  const std::string_view text(line);
  if (text.substr(0, kKey.size()) != kKey) return;
  const std::string_view value = text.substr(kKey.size());
  if (value == "light") m_choice = ThemeChoice::Light;
  if (value == "dark") m_choice = ThemeChoice::Dark;
  if (value == "system") m_choice = ThemeChoice::System;
}

void Appearance::writeSettings(ImGuiTextBuffer& out) const {
  out.appendf("[%s][%s]\nTheme=%s\n\n", kTypeName, kEntryName, toString(m_choice));
}

}  // namespace fiche::ui
