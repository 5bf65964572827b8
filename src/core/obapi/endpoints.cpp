// core/obapi: API root validation and OBAPI URL building.
#include "core/obapi/endpoints.hpp"
#include "core/util/ascii.hpp"

#include <charconv>
#include <optional>

namespace fiche::core {
namespace {

constexpr std::string_view kBasePath = "/obapi/v1";

Error invalid(std::string message) {
  return Error{.kind = ErrorKind::InvalidInput, .message = std::move(message)};
}

bool isBlank(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}
bool isControlOrSpace(char c) {
  const auto u = static_cast<unsigned char>(c);
  return u <= 0x20 || u == 0x7F;
}
// Checks "host[:port]" where host is a DNS name / IPv4 or a bracketed IPv6 literal.
std::optional<std::string> authorityProblem(std::string_view authority) {
  if (authority.empty()) return "The address has no server name.";
  std::string_view host = authority;
  std::string_view port;
  if (host.front() == '[') {
    const std::size_t close = host.find(']');
    if (close == std::string_view::npos) return "The address has an unclosed '[' in its host.";
    for (const char c : host.substr(1, close - 1)) {
      if (!(isAsciiHex(c) || c == ':' || c == '.')) return "The address has an invalid IPv6 host.";
    }
    if (close == 1) return "The address has an empty IPv6 host.";
    std::string_view rest = host.substr(close + 1);
    host = host.substr(0, close + 1);
    if (!rest.empty()) {
      if (rest.front() != ':') return "The address has unexpected text after its host.";
      port = rest.substr(1);
      if (port.empty()) return "The address has an empty port after ':'.";
    }
  } else {
    const std::size_t colon = host.find(':');
    if (colon != std::string_view::npos) {
      port = host.substr(colon + 1);
      host = host.substr(0, colon);
      if (port.empty()) return "The address has an empty port after ':'.";
    }
    if (host.empty()) return "The address has no server name.";
    for (const char c : host) {
      if (!(isAsciiAlnum(c) || c == '-' || c == '.' || c == '_')) {
        return "The server name contains a character that is not allowed.";
      }
    }
  }
  if (!port.empty()) {
    int value = 0;
    const auto [end, ec] = std::from_chars(port.data(), port.data() + port.size(), value);
    if (ec != std::errc{} || end != port.data() + port.size() || value < 1 || value > 65535) {
      return "The port must be a number from 1 to 65535.";
    }
  }
  return std::nullopt;
}

bool endsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

void trimTrailingSlashes(std::string_view& path) {
  while (!path.empty() && path.back() == '/') path.remove_suffix(1);
}

void appendParam(std::string& url, bool& first, std::string_view name, std::string_view value) {
  url += first ? '?' : '&';
  first = false;
  url += name;
  url += '=';
  url += percentEncode(value);
}

}  // namespace

Result<std::string> normaliseApiRoot(std::string_view input) {
  while (!input.empty() && isBlank(input.front())) input.remove_prefix(1);
  while (!input.empty() && isBlank(input.back())) input.remove_suffix(1);
  if (input.empty()) return invalid("Enter the address of the OBAPI server.");

  std::string_view scheme;
  if (startsWithNoCase(input, "https://")) {
    scheme = "https://";
  } else if (startsWithNoCase(input, "http://")) {
    scheme = "http://";
  } else {
    return invalid("The address must start with http:// or https://.");
  }
  const std::string_view rest = input.substr(scheme.size());
  for (const char c : rest) {
    if (isControlOrSpace(c)) return invalid("The address must not contain spaces.");
  }
  if (rest.find('?') != std::string_view::npos) {
    return invalid("The address must not contain a query ('?...').");
  }
  if (rest.find('#') != std::string_view::npos) {
    return invalid("The address must not contain a fragment ('#...').");
  }

  const std::size_t slash = rest.find('/');
  const std::string_view authority = rest.substr(0, slash);
  std::string_view path = slash == std::string_view::npos ? "" : rest.substr(slash);
  if (authority.find('@') != std::string_view::npos) {
    return invalid("The address must not contain a user name or password; use the token.");
  }
  if (auto problem = authorityProblem(authority)) return invalid(std::move(*problem));

  // Until none is left, so that a normalised root normalises to itself.
  trimTrailingSlashes(path);
  for (bool stripped = true; stripped;) {
    stripped = false;
    for (const std::string_view suffix : {std::string_view("/obapi/v1/discovery"), kBasePath}) {
      if (endsWith(path, suffix)) {
        path.remove_suffix(suffix.size());
        trimTrailingSlashes(path);
        stripped = true;
      }
    }
  }

  std::string root(scheme);
  root += authority;
  root += path;
  return root;
}

std::string percentEncode(std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    if (isAsciiAlnum(c) || c == '-' || c == '.' || c == '_' || c == '~') {
      out += c;
    } else {
      const auto u = static_cast<unsigned char>(c);
      out += '%';
      out += kHex[u >> 4];
      out += kHex[u & 0x0F];
    }
  }
  return out;
}

std::string discoveryUrl(std::string_view root) {
  return std::string(root) + std::string(kBasePath);
}

std::string discoveryAltUrl(std::string_view root) {
  return discoveryUrl(root) + "/discovery";
}

std::string interventionsUrl(std::string_view root, const InterventionQuery& query) {
  std::string url = discoveryUrl(root) + "/interventions";
  bool first = true;
  if (query.page > 0) appendParam(url, first, "page", std::to_string(query.page));
  if (query.perPage > 0) appendParam(url, first, "per_page", std::to_string(query.perPage));
  if (!query.dateStart.empty()) appendParam(url, first, "date_start", query.dateStart);
  if (!query.dateEnd.empty()) appendParam(url, first, "date_end", query.dateEnd);
  if (!query.status.empty()) appendParam(url, first, "status", query.status);
  if (!query.sort.empty()) appendParam(url, first, "sort", query.sort);
  return url;
}

std::string interventionUrl(std::string_view root, std::string_view id) {
  return discoveryUrl(root) + "/interventions/" + percentEncode(id);
}

std::string downloadUrl(std::string_view root, std::string_view id) {
  return discoveryUrl(root) + "/download/" + percentEncode(id) + "?type=intervention";
}

}  // namespace fiche::core
