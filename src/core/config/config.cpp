// core/config: config.json parsing with key-naming error messages.
#include "core/config/config.hpp"

#include <cstdint>
#include <optional>
#include <string>

#include "core/util/json_reader.hpp"

namespace fiche::core {
namespace {

Error invalid(std::string message) {
  return Error{.kind = ErrorKind::InvalidInput, .message = std::move(message)};
}

}  // namespace

Result<AppConfig> parseConfig(std::string_view json) {
  std::optional<nlohmann::json> parsed = parseJson(json);
  if (!parsed) return invalid("The configuration is not valid JSON.");
  if (!parsed->is_object()) return invalid("The configuration must be a JSON object.");

  AppConfig config;
  struct Field {
    std::string_view key;
    std::string* target;
  };
  for (const Field field :
       {Field{"api", &config.api}, Field{"token", &config.token}, Field{"mode", &config.mode}}) {
    const nlohmann::json* value = optMember(*parsed, field.key);
    if (value == nullptr || value->is_null()) continue;
    if (!value->is_string()) {
      return invalid("The configuration key \"" + std::string(field.key) + "\" must be a string.");
    }
    *field.target = value->get<std::string>();
  }
  struct Seconds {
    std::string_view key;
    int* target;
  };
  for (const Seconds field : {Seconds{"refresh_seconds", &config.refreshSeconds},
                              Seconds{"timeout_seconds", &config.timeoutSeconds}}) {
    const nlohmann::json* value = optMember(*parsed, field.key);
    if (value == nullptr || value->is_null()) continue;
    const std::optional<std::int64_t> seconds = asInt64(*value);
    if (!seconds || *seconds < 0 || *seconds > kMaxConfigSeconds) {
      config.warnings.push_back("The setting \"" + std::string(field.key) +
                                "\" must be a whole number of seconds from 0 to " +
                                std::to_string(kMaxConfigSeconds) + "; it was ignored.");
      continue;
    }
    *field.target = static_cast<int>(*seconds);
  }
  if (const nlohmann::json* value = optMember(*parsed, "load_concurrency");
      value != nullptr && !value->is_null()) {
    const std::optional<std::int64_t> requests = asInt64(*value);
    if (requests && *requests >= 1 && *requests <= kMaxLoadConcurrency) {
      config.loadConcurrency = static_cast<int>(*requests);
    } else {
      config.warnings.push_back(
          "The setting \"load_concurrency\" must be a whole number from 1 to " +
          std::to_string(kMaxLoadConcurrency) + "; it was ignored.");
    }
  }
  if (const nlohmann::json* value = optMember(*parsed, "hydrate_details");
      value != nullptr && !value->is_null()) {
    if (value->is_boolean()) {
      config.hydrateDetails = value->get<bool>();
    } else {
      config.warnings.push_back(
          "The setting \"hydrate_details\" must be true or false; it was ignored.");
    }
  }
  config.kiosk = parseKioskConfig(optMember(*parsed, "kiosk"), config.warnings);
  return config;
}

}  // namespace fiche::core
