// ui: light or dark theme, following the system unless the user picked one; the choice is
// kept in ImGui's settings (the [Fiche][Appearance] entry), so it persists with the layout.
#pragma once

#include <optional>

#include "imgui.h"

namespace fiche::ui {

enum class ThemeChoice { System, Light, Dark };

class Appearance {
 public:
  // Registers the settings entry on `context` (before its settings are loaded) and makes
  // this object findable with Appearance::of(). Must outlive the context's use of it.
  void install(ImGuiContext* context);
  // The Appearance installed on the current ImGui context, or nullptr.
  static Appearance* current();

  // What the platform reports: does the system (prefers-color-scheme) want dark?
  void setSystemDark(bool dark) { m_systemDark = dark; }
  ThemeChoice choice() const { return m_choice; }
  // The user's pick; marks the settings as changed so they are saved.
  void choose(ThemeChoice choice);
  // The deployment's choice (a kiosk's theme from config.json): wins over the user's pick and
  // is never saved; nullopt gives the user's pick back.
  void setOverride(std::optional<ThemeChoice> choice) { m_override = choice; }
  bool dark() const;

  // Applies the theme to `style` when the effective theme changed since the last call.
  // Returns true when it did.
  bool apply(ImGuiStyle& style);

  // For the settings entry.
  void readSetting(const char* line);
  void writeSettings(ImGuiTextBuffer& out) const;

 private:
  ThemeChoice m_choice = ThemeChoice::System;
  std::optional<ThemeChoice> m_override;
  bool m_systemDark = false;
  int m_applied = -1;  // 0 light, 1 dark, -1 never applied
};

const char* toString(ThemeChoice choice);

}  // namespace fiche::ui
