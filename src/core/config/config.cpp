// core/config: config.json parsing with key-naming error messages.
#include "core/config/config.hpp"

#include <optional>

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
  return config;
}

}  // namespace fiche::core
