// core/config: location.search -> UrlOverrides, and applying them to AppConfig.
#include "core/config/url_overrides.hpp"

#include <utility>

#include "core/util/query_string.hpp"

namespace fiche::core {

UrlOverrides parseUrlOverrides(std::string_view search) {
  UrlOverrides overrides;
  for (auto& [key, value] : parseQueryString(search)) {
    if (key == "api") {
      if (!value.empty()) overrides.api = std::move(value);
    } else if (key == "mode") {
      overrides.mode = std::move(value);
    } else if (key == "test") {
      overrides.test = value == "1";
    }
  }
  return overrides;
}

void applyOverrides(AppConfig& config, const UrlOverrides& overrides) {
  if (overrides.api) config.api = *overrides.api;
  if (overrides.mode) config.mode = *overrides.mode;
}

}  // namespace fiche::core
