// platform/web: ImGui settings (window and table layout, the theme choice) in localStorage.
#pragma once

namespace fiche::web {

// Loads the saved settings into the current ImGui context. Call once, after every settings
// handler is registered and before the first frame. Storage that is missing, full or
// forbidden (private modes, kiosk profiles) leaves the defaults: never an error.
void loadSettings();

// Called after each frame: writes the settings when ImGui marked them changed, once no mouse
// button is held (a column drag writes once, at its end). Also writes, unconditionally,
// when the page is hidden or unloaded.
void saveSettingsIfChanged();

// Writes a hint of the theme choice ("light", "dark" or "system") that the page shell reads
// before the app starts, so the loading screen is already in the right colours.
void rememberThemeHint(const char* choice);

}  // namespace fiche::web
