// core/util: origin extraction for the cross-origin check.
#include "core/util/origin.hpp"
#include "core/util/ascii.hpp"

#include <charconv>
#include <optional>

namespace fiche::core {
namespace {

bool isBlank(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

// Hosts may not hold these (WHATWG forbidden host code points, less '%' for encoded names).
bool isForbiddenHostChar(char c) {
  const auto u = static_cast<unsigned char>(c);
  if (u <= 0x20 || u == 0x7F) return true;
  return std::string_view("#/:<>?@[\\]^|").find(c) != std::string_view::npos;
}

constexpr int kNoPort = -1;

// Empty -> kNoPort (the default); digits -> value; otherwise nullopt.
std::optional<int> parsePort(std::string_view port) {
  if (port.empty()) return kNoPort;
  for (const char c : port) {
    if (c < '0' || c > '9') return std::nullopt;
  }
  while (port.size() > 1 && port.front() == '0') port.remove_prefix(1);
  int value = 0;
  const auto [end, ec] = std::from_chars(port.data(), port.data() + port.size(), value);
  if (ec != std::errc{} || end != port.data() + port.size() || value > 65535) {
    return std::nullopt;
  }
  return value;
}

}  // namespace

std::string originOf(std::string_view url) {
  while (!url.empty() && isBlank(url.front())) url.remove_prefix(1);
  while (!url.empty() && isBlank(url.back())) url.remove_suffix(1);

  std::string_view scheme;
  int defaultPort = 0;
  if (startsWithNoCase(url, "https://")) {
    scheme = "https";
    defaultPort = 443;
  } else if (startsWithNoCase(url, "http://")) {
    scheme = "http";
    defaultPort = 80;
  } else {
    return {};
  }
  std::string_view authority = url.substr(scheme.size() + 3);
  authority = authority.substr(0, authority.find_first_of("/?#\\"));
  const std::size_t at = authority.rfind('@');
  if (at != std::string_view::npos) authority.remove_prefix(at + 1);

  std::string_view host;
  std::string_view rest;
  if (!authority.empty() && authority.front() == '[') {
    const std::size_t close = authority.find(']');
    if (close == std::string_view::npos || close == 1) return {};
    for (const char c : authority.substr(1, close - 1)) {
      if (!(isAsciiHex(c) || c == ':' || c == '.')) return {};
    }
    host = authority.substr(0, close + 1);
    rest = authority.substr(close + 1);
  } else {
    const std::size_t colon = authority.find(':');
    host = authority.substr(0, colon);
    rest = colon == std::string_view::npos ? std::string_view() : authority.substr(colon);
    if (host.empty()) return {};
    for (const char c : host) {
      if (isForbiddenHostChar(c)) return {};
    }
  }

  std::optional<int> port = kNoPort;
  if (!rest.empty()) {
    if (rest.front() != ':') return {};
    port = parsePort(rest.substr(1));
    if (!port) return {};
  }

  std::string origin(scheme);
  origin += "://";
  for (const char c : host) origin += asciiLower(c);
  if (*port != kNoPort && *port != defaultPort) {
    origin += ':';
    origin += std::to_string(*port);
  }
  return origin;
}

}  // namespace fiche::core
