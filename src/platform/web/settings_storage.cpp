// platform/web: settings in localStorage.
#include "platform/web/settings_storage.hpp"

#include <emscripten/emscripten.h>

#include <string>

#include "imgui.h"
#include "imgui_internal.h"

namespace fiche::web {
namespace {

// Versioned keys: a future format can move on without misreading old text.
constexpr const char* kSettingsKey = "fiche.settings.v1";
constexpr const char* kThemeKey = "fiche.theme";

// The bodies below are JavaScript, which clang-format would mangle.
// clang-format off
EM_JS(char*, js_settings_read, (const char* key), {
  let text = null;
  try {
    text = window.localStorage.getItem(UTF8ToString(key));
  } catch (e) {
  }
  if (text === null) return 0;
  const size = lengthBytesUTF8(text) + 1;
  const buffer = Module["_fiche_settings_buffer"](size);
  stringToUTF8(text, buffer, size);
  return buffer;
});

EM_JS(void, js_settings_write, (const char* key, const char* value), {
  try {
    window.localStorage.setItem(UTF8ToString(key), UTF8ToString(value));
  } catch (e) {
    // Full or forbidden storage: the settings last for this visit only.
  }
});

EM_JS(void, js_settings_on_leave, (), {
  // Last chance to write: the page goes to the background or away.
  const save = () => Module["_fiche_settings_save_now"]();
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "hidden") save();
  });
  window.addEventListener("pagehide", save);
});
// clang-format on

std::string g_buffer;  // written by JavaScript through fiche_settings_buffer()

void saveNow() {
  size_t size = 0;
  const char* text = ImGui::SaveIniSettingsToMemory(&size);
  js_settings_write(kSettingsKey, text);
  ImGui::GetIO().WantSaveIniSettings = false;
}

}  // namespace

void loadSettings() {
  ImGui::GetIO().IniFilename = nullptr;
  if (const char* text = js_settings_read(kSettingsKey)) {
    ImGui::LoadIniSettingsFromMemory(text);
  }
  js_settings_on_leave();
}

void saveSettingsIfChanged() {
  const ImGuiIO& io = ImGui::GetIO();
  const bool changed = io.WantSaveIniSettings || GImGui->SettingsDirtyTimer > 0.0f;
  if (!changed || ImGui::IsAnyMouseDown()) return;
  saveNow();
}

void rememberThemeHint(const char* choice) {
  js_settings_write(kThemeKey, choice);
}

}  // namespace fiche::web

extern "C" {
EMSCRIPTEN_KEEPALIVE char* fiche_settings_buffer(int size) {
  fiche::web::g_buffer.assign(static_cast<size_t>(size > 0 ? size : 1), '\0');
  return fiche::web::g_buffer.data();
}

EMSCRIPTEN_KEEPALIVE void fiche_settings_save_now() {
  fiche::web::saveNow();
}
}
