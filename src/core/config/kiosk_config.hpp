// core/config: the kiosk (wallboard) settings of config.json's "kiosk" object.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace fiche::core {

enum class KioskTheme { Dark, Light, System };

// Every field holds its default until config.json says otherwise, so designated
// initialisers give a valid configuration: KioskConfig{.pageSeconds = 5}.
struct KioskConfig {
  // Every refreshSeconds the board's data is loaded again in the background. A wall screen
  // is read at a glance: a minute is fresh enough and costs the server a few pages a minute.
  int refreshSeconds = 60;
  // The list of the week shows one page this long, then the next one.
  int pageSeconds = 15;
  // The statuses the board counts and lists; empty = every status, unknown ones included.
  std::vector<std::string> statuses{};
  bool hideDrafts = false;
  // Ask the browser to keep the screen on (Screen Wake Lock; HTTPS pages only).
  bool wakeLock = true;
  // A validated intervention "waits" once its date is more than this many days ago.
  int waitingDays = 7;
  KioskTheme theme = KioskTheme::Dark;

  // True when the board shows interventions with this (raw) status.
  bool shows(std::string_view status) const;
};

// Limits of the numeric settings (inclusive).
inline constexpr int kMinKioskRefreshSeconds = 1;
inline constexpr int kMaxKioskRefreshSeconds = 86400;
inline constexpr int kMinKioskPageSeconds = 1;
inline constexpr int kMaxKioskPageSeconds = 3600;
inline constexpr int kMaxKioskWaitingDays = 3650;
// A status is 1..32 characters of [a-z0-9_-] (as routes accept); at most this many.
inline constexpr std::size_t kMaxKioskStatuses = 16;

// The "kiosk" value of config.json (nullptr or null: absent). Never fails: a value of the
// wrong type or out of range leaves that setting's default and adds a warning naming the
// setting (never its value) to `warnings`; unknown keys are ignored with a warning too (a
// typo on a screen nobody touches would otherwise go unnoticed).
KioskConfig parseKioskConfig(const nlohmann::json* value, std::vector<std::string>& warnings);

// True when config.json's (or the URL's) mode asks for the wallboard: "kiosk", any case.
bool isKioskMode(std::string_view mode);

}  // namespace fiche::core
