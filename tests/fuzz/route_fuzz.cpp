// tests/fuzz: what arrives through the page's URL or the connect form — the hash (parseRoute,
// with the formatRoute round trip), the query string (parseUrlOverrides), the API root
// (normaliseApiRoot) and origins (originOf) — and the URLs built from them.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/app/route.hpp"
#include "core/config/url_overrides.hpp"
#include "core/obapi/endpoints.hpp"
#include "core/util/ascii.hpp"
#include "core/util/origin.hpp"
#include "fuzz_check.hpp"

namespace fiche::fuzz {
namespace {

void checkRoute(std::string_view hash) {
  const core::Route route = core::parseRoute(hash);
  const std::string formatted = core::formatRoute(route);
  FUZZ_CHECK(core::parseRoute(formatted) == route, "parseRoute(formatRoute(r)) == r");
  FUZZ_CHECK(core::formatRoute(core::parseRoute(formatted)) == formatted, "format is stable");
  FUZZ_CHECK(route.page >= 1 && route.perPage >= 0, "page numbers are in range");
  checkUtf8(route.status, "status is ASCII");
}

void checkOverrides(std::string_view search) {
  const core::UrlOverrides overrides = core::parseUrlOverrides(search);
  if (overrides.api) FUZZ_CHECK(!overrides.api->empty(), "an api override is never empty");
  core::AppConfig config{.api = "a", .token = "secret", .mode = "m"};
  core::applyOverrides(config, overrides);
  FUZZ_CHECK(config.token == "secret", "the URL never sets the token");
}

bool onlyUrlSafe(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (core::isAsciiAlnum(c) || c == '-' || c == '.' || c == '_' || c == '~') continue;
    if (c == '%' && text.size() - i >= 3 && core::isAsciiHex(text[i + 1]) &&
        core::isAsciiHex(text[i + 2])) {
      i += 2;
      continue;
    }
    return false;
  }
  return true;
}

void checkApiRoot(std::string_view input) {
  const core::Result<std::string> root = core::normaliseApiRoot(input);
  if (!root) {
    FUZZ_CHECK(root.error().kind == core::ErrorKind::InvalidInput, "roots fail as InvalidInput");
    FUZZ_CHECK(!root.error().message.empty(), "a rejected root is explained");
    return;
  }
  const std::string& r = root.value();
  FUZZ_CHECK(r.rfind("http://", 0) == 0 || r.rfind("https://", 0) == 0, "http(s) scheme");
  for (const char c : r) {
    const auto u = static_cast<unsigned char>(c);
    FUZZ_CHECK(u > 0x20 && u != 0x7F && c != '?' && c != '#', "no blank, control, '?' or '#'");
  }
  FUZZ_CHECK(r.back() != '/', "no trailing slash");
  const core::Result<std::string> again = core::normaliseApiRoot(r);
  FUZZ_CHECK(again && again.value() == r, "normaliseApiRoot is idempotent");
  FUZZ_CHECK(!core::originOf(r).empty(), "an accepted root has an origin");

  // An id from the server or the URL stays one path segment.
  const std::string detail = core::interventionUrl(r, input);
  const std::string prefix = r + "/obapi/v1/interventions/";
  FUZZ_CHECK(detail.rfind(prefix, 0) == 0, "the detail URL hangs from the root");
  FUZZ_CHECK(onlyUrlSafe(std::string_view(detail).substr(prefix.size())),
             "the id is percent-encoded");
  const std::string download = core::downloadUrl(r, input);
  FUZZ_CHECK(download.rfind(r + "/obapi/v1/download/", 0) == 0, "the PDF URL hangs from the root");
}

void checkOrigin(std::string_view url) {
  const std::string origin = core::originOf(url);
  if (origin.empty()) return;
  FUZZ_CHECK(core::originOf(origin) == origin, "originOf is idempotent");
  for (const char c : origin) {
    FUZZ_CHECK(c == core::asciiLower(c), "an origin is lower-case");
  }
}

}  // namespace
}  // namespace fiche::fuzz

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text = fiche::fuzz::textOf(data, size);
  fiche::fuzz::checkRoute(text);
  fiche::fuzz::checkOverrides(text);
  fiche::fuzz::checkApiRoot(text);
  fiche::fuzz::checkOrigin(text);
  return 0;
}
