// core/config: overrides of config.json from the page's own query string (location.search).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/config/config.hpp"

namespace fiche::core {

// Only `api` and `mode` override config.json. A `token` parameter is deliberately ignored:
// a token must never travel in a URL (it would land in history, logs and Referer headers).
struct UrlOverrides {
  std::optional<std::string> api{};   // never an empty string
  std::optional<std::string> mode{};  // may be "" ("?mode=" clears the configured mode)
  bool test = false;                  // "?test=1": publish the test surface
};

// Reads "?api=...&mode=...&test=1" (the '?' optional; decoded as a form query). When a key
// repeats, the last occurrence counts; an `api` occurrence with an empty value counts as
// absent, so it neither sets nor clears api. test is true only when its last value is exactly
// "1". Other keys are ignored. Never fails.
UrlOverrides parseUrlOverrides(std::string_view search);

// Replaces config.api and config.mode with the overrides that are present; config.token is
// never touched.
void applyOverrides(AppConfig& config, const UrlOverrides& overrides);

}  // namespace fiche::core
