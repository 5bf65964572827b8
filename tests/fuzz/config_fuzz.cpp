// tests/fuzz: config.json parsing (parseConfig) on any bytes; errors name a key, never a value.
#include <cstddef>
#include <cstdint>
#include <string>

#include <nlohmann/json.hpp>

#include "core/config/config.hpp"
#include "fuzz_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text = fiche::fuzz::textOf(data, size);
  const fiche::core::Result<fiche::core::AppConfig> config = fiche::core::parseConfig(text);
  if (!config) {
    const fiche::core::Error& error = config.error();
    FUZZ_CHECK(error.kind == fiche::core::ErrorKind::InvalidInput, "InvalidInput");
    // Our own sentences only: a token in a wrongly typed key must never be echoed.
    bool known = false;
    for (const char* message :
         {"The configuration is not valid JSON.", "The configuration must be a JSON object.",
          "The configuration key \"api\" must be a string.",
          "The configuration key \"token\" must be a string.",
          "The configuration key \"mode\" must be a string."}) {
      known = known || error.message == message;
    }
    FUZZ_CHECK(known, "the error is one of our own sentences");
    return 0;
  }
  const fiche::core::AppConfig& c = config.value();
  for (const std::string* value : {&c.api, &c.token, &c.mode}) {
    fiche::fuzz::checkUtf8(*value, "config values are UTF-8");
  }
  // What was read can be written back and read again unchanged (dump() would abort on
  // invalid UTF-8, so the check above comes first).
  const nlohmann::json written = {{"api", c.api}, {"token", c.token}, {"mode", c.mode}};
  const fiche::core::Result<fiche::core::AppConfig> reread =
      fiche::core::parseConfig(written.dump());
  FUZZ_CHECK(reread && reread.value().api == c.api && reread.value().token == c.token &&
                 reread.value().mode == c.mode,
             "config survives a round trip");
  return 0;
}
