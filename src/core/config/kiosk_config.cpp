// core/config: the kiosk settings, each checked on its own.
#include "core/config/kiosk_config.hpp"

#include <algorithm>
#include <cstdint>
#include <optional>

#include "core/util/ascii.hpp"
#include "core/util/json_reader.hpp"

namespace fiche::core {
namespace {

constexpr std::string_view kKnownKeys[] = {
    "refresh_seconds", "page_seconds", "statuses", "hide_drafts",
    "wake_lock",       "waiting_days", "theme"};

bool validStatus(std::string_view status) {
  if (status.empty() || status.size() > 32) return false;
  return std::all_of(status.begin(), status.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
  });
}

class Reader {
 public:
  Reader(const nlohmann::json& object, std::vector<std::string>& warnings)
      : m_object(object), m_warnings(warnings) {}

  // The member, or nullptr when absent or null.
  const nlohmann::json* get(std::string_view key) const {
    const nlohmann::json* value = optMember(m_object, key);
    return value == nullptr || value->is_null() ? nullptr : value;
  }

  void ignored(std::string_view key, std::string_view rule) {
    m_warnings.push_back("The kiosk setting \"" + std::string(key) + "\" " + std::string(rule) +
                         "; it was ignored.");
  }

  void whole(std::string_view key, int minimum, int maximum, std::string_view unit, int& target) {
    const nlohmann::json* value = get(key);
    if (value == nullptr) return;
    const std::optional<std::int64_t> number = asInt64(*value);
    if (!number || *number < minimum || *number > maximum) {
      ignored(key, "must be a whole number of " + std::string(unit) + " from " +
                       std::to_string(minimum) + " to " + std::to_string(maximum));
      return;
    }
    target = static_cast<int>(*number);
  }

  void boolean(std::string_view key, bool& target) {
    const nlohmann::json* value = get(key);
    if (value == nullptr) return;
    if (!value->is_boolean()) {
      ignored(key, "must be true or false");
      return;
    }
    target = value->get<bool>();
  }

  void statuses(std::string_view key, std::vector<std::string>& target) {
    const nlohmann::json* value = get(key);
    if (value == nullptr) return;
    const std::string rule =
        "must be a list of 1 to " + std::to_string(kMaxKioskStatuses) +
        " statuses such as \"validated\" (lower-case letters, digits, '_' or '-')";
    if (!value->is_array() || value->empty() || value->size() > kMaxKioskStatuses) {
      ignored(key, rule);
      return;
    }
    std::vector<std::string> statuses;
    for (const nlohmann::json& entry : *value) {
      if (!entry.is_string() || !validStatus(entry.get_ref<const std::string&>())) {
        ignored(key, rule);
        return;
      }
      statuses.push_back(entry.get<std::string>());
    }
    target = std::move(statuses);
  }

  void theme(std::string_view key, KioskTheme& target) {
    const nlohmann::json* value = get(key);
    if (value == nullptr) return;
    const std::string* text = value->is_string() ? &value->get_ref<const std::string&>() : nullptr;
    if (text != nullptr && equalsNoCase(*text, "dark")) {
      target = KioskTheme::Dark;
    } else if (text != nullptr && equalsNoCase(*text, "light")) {
      target = KioskTheme::Light;
    } else if (text != nullptr && equalsNoCase(*text, "system")) {
      target = KioskTheme::System;
    } else {
      ignored(key, "must be \"dark\", \"light\" or \"system\"");
    }
  }

 private:
  const nlohmann::json& m_object;
  std::vector<std::string>& m_warnings;
};

}  // namespace

bool KioskConfig::shows(std::string_view status) const {
  if (hideDrafts && status == "draft") return false;
  return statuses.empty() || std::find(statuses.begin(), statuses.end(), status) != statuses.end();
}

KioskConfig parseKioskConfig(const nlohmann::json* value, std::vector<std::string>& warnings) {
  KioskConfig config;
  if (value == nullptr || value->is_null()) return config;
  if (!value->is_object()) {
    warnings.push_back(
        "The setting \"kiosk\" must be an object of kiosk settings; the defaults are used.");
    return config;
  }
  Reader reader(*value, warnings);
  reader.whole("refresh_seconds", kMinKioskRefreshSeconds, kMaxKioskRefreshSeconds, "seconds",
               config.refreshSeconds);
  reader.whole("page_seconds", kMinKioskPageSeconds, kMaxKioskPageSeconds, "seconds",
               config.pageSeconds);
  reader.statuses("statuses", config.statuses);
  reader.boolean("hide_drafts", config.hideDrafts);
  reader.boolean("wake_lock", config.wakeLock);
  reader.whole("waiting_days", 0, kMaxKioskWaitingDays, "days", config.waitingDays);
  reader.theme("theme", config.theme);
  for (const auto& [key, unused] : value->items()) {
    if (std::find(std::begin(kKnownKeys), std::end(kKnownKeys), key) == std::end(kKnownKeys)) {
      // The key is the operator's own text: named, but kept short.
      const std::string shown = key.size() > 40 ? key.substr(0, 40) + "…" : key;
      warnings.push_back("The kiosk setting \"" + shown + "\" is not known; it was ignored.");
    }
  }
  return config;
}

bool isKioskMode(std::string_view mode) {
  return equalsNoCase(mode, "kiosk");
}

}  // namespace fiche::core
