// core/config: the deployment's config.json (API root, optional token, mode).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/config/kiosk_config.hpp"
#include "core/util/result.hpp"

namespace fiche::core {

// Largest refresh_seconds / timeout_seconds accepted (one day).
inline constexpr int kMaxConfigSeconds = 86400;
// Most list pages asked for at once while loading the whole history (a browser opens six
// connections to a server at most; the user's own requests need one).
inline constexpr int kMaxLoadConcurrency = 5;

struct AppConfig {
  std::string api{};           // API root as written; normaliseApiRoot() checks it later
  std::string token{};         // bearer token; never logged or shown
  std::string mode{};          // kept raw; its meaning belongs to the app
  int refreshSeconds = 0;      // reload what is on screen this often; 0 = never
  int timeoutSeconds = 0;      // give up on an API request after this long; 0 = the default
  int loadConcurrency = 0;     // list pages in flight while loading the whole history; 0 = 3
  bool hydrateDetails = true;  // fetch every row's detail in the background (search, contracts)
  KioskConfig kiosk{};         // the "kiosk" object: used when mode is "kiosk"
  // Settings that were ignored, each in a sentence for the user (naming the key, never the
  // value): a bad optional setting must not cost the rest of the configuration.
  std::vector<std::string> warnings{};
};

// Every key is optional; a null value counts as absent; unknown keys are ignored.
// Errors (ErrorKind::InvalidInput): text not JSON, top level not an object, or one of the
// string keys (api, token, mode) holding something else (the message names the key, never
// its value). refresh_seconds and timeout_seconds take a whole number 0..kMaxConfigSeconds
// (a JSON number or a numeric string), load_concurrency 1..kMaxLoadConcurrency,
// hydrate_details a boolean; anything else leaves the default and adds a warning.
// "kiosk" is read by parseKioskConfig (kiosk_config.hpp), with the same warnings.
Result<AppConfig> parseConfig(std::string_view json);

}  // namespace fiche::core
