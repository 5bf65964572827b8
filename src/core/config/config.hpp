// core/config: the deployment's config.json (API root, optional token, mode).
#pragma once

#include <string>
#include <string_view>

#include "core/util/result.hpp"

namespace fiche::core {

struct AppConfig {
  std::string api{};    // API root as written; normaliseApiRoot() checks it later
  std::string token{};  // bearer token; never logged or shown
  std::string mode{};   // kept raw; its meaning belongs to the app
};

// Every key is optional; a null value counts as absent; unknown keys are ignored.
// Errors (ErrorKind::InvalidInput): text not JSON, top level not an object, or a known key
// holding something other than a string (the message names the key, never its value).
Result<AppConfig> parseConfig(std::string_view json);

}  // namespace fiche::core
