// core/app: Route <-> URL hash, tolerant of anything typed or pasted into the address bar.
#include "core/app/route.hpp"

#include <array>
#include <charconv>
#include <optional>

#include "core/app/view_options.hpp"
#include "core/obapi/endpoints.hpp"
#include "core/util/date.hpp"
#include "core/util/query_string.hpp"

namespace fiche::core {
namespace {

constexpr std::string_view kPath = "/interventions";
constexpr std::array<std::string_view, 4> kServerSorts = {"date_desc", "date_asc", "ref_asc",
                                                          "ref_desc"};
constexpr std::array<std::string_view, 4> kClientSorts = {"duration_asc", "duration_desc",
                                                          "status_asc", "status_desc"};
constexpr std::size_t kMaxStatusBytes = 32;
constexpr std::size_t kMaxOpenIdBytes = 128;
constexpr std::size_t kMaxSearchBytes = 200;
constexpr int kMaxPage = 1000000;
constexpr int kMaxPerPage = 1000;

void appendParam(std::string& hash, bool& first, std::string_view key, std::string_view value) {
  hash += first ? '?' : '&';
  first = false;
  hash += key;
  hash += '=';
  hash += percentEncode(value);
}

bool isStatusChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
}

bool validStatus(std::string_view s) {
  if (s.empty() || s.size() > kMaxStatusBytes) return false;
  for (const char c : s) {
    if (!isStatusChar(c)) return false;
  }
  return true;
}

bool noControls(std::string_view s) {
  for (const char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7F) return false;
  }
  return true;
}

bool validOpenId(std::string_view s) {
  return !s.empty() && s.size() <= kMaxOpenIdBytes && noControls(s);
}

bool validSearch(std::string_view s) {
  return s.size() <= kMaxSearchBytes && noControls(s);
}

template <std::size_t N>
bool oneOf(std::string_view s, const std::array<std::string_view, N>& allowed) {
  for (const std::string_view a : allowed) {
    if (s == a) return true;
  }
  return false;
}

// Plain decimal digits (no sign, no blanks) within [low, high].
std::optional<int> boundedInt(std::string_view s, int low, int high) {
  if (s.empty() || s.front() < '0' || s.front() > '9') return std::nullopt;
  int value = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (ec != std::errc{} || end != s.data() + s.size()) return std::nullopt;
  if (value < low || value > high) return std::nullopt;
  return value;
}

// The query part of a hash whose path is ours, or nullopt for any other path.
std::optional<std::string_view> queryOfOurPath(std::string_view hash) {
  if (!hash.empty() && hash.front() == '#') hash.remove_prefix(1);
  const std::size_t question = hash.find('?');
  std::string_view path = hash.substr(0, question);
  if (path.size() == kPath.size() + 1 && path.back() == '/') path.remove_suffix(1);
  if (path != kPath) return std::nullopt;
  return question == std::string_view::npos ? std::string_view() : hash.substr(question + 1);
}

}  // namespace

std::string formatRoute(const Route& route) {
  std::string hash = "#";
  hash += kPath;
  bool first = true;
  if (route.period != DatePreset::All) appendParam(hash, first, "period", presetKey(route.period));
  if (route.period == DatePreset::Custom) {
    if (!route.from.empty()) appendParam(hash, first, "from", route.from);
    if (!route.to.empty()) appendParam(hash, first, "to", route.to);
  }
  if (!route.status.empty()) appendParam(hash, first, "status", route.status);
  if (route.serverPages) appendParam(hash, first, "paging", "server");
  if (!route.search.empty()) appendParam(hash, first, "q", route.search);
  if (!route.order.empty()) appendParam(hash, first, "order", route.order);
  if (!route.group.empty()) appendParam(hash, first, "group", route.group);
  if (!route.sort.empty()) appendParam(hash, first, "sort", route.sort);
  if (!route.clientSort.empty()) appendParam(hash, first, "csort", route.clientSort);
  if (route.page != 1) appendParam(hash, first, "page", std::to_string(route.page));
  if (route.perPage != 0) appendParam(hash, first, "per_page", std::to_string(route.perPage));
  if (!route.lens.empty()) appendParam(hash, first, "lens", route.lens);
  if (route.hoursPerDay != 0) appendParam(hash, first, "day", std::to_string(route.hoursPerDay));
  if (!route.openId.empty()) appendParam(hash, first, "open", route.openId);
  return hash;
}

Route parseRoute(std::string_view hash) {
  Route route;
  const std::optional<std::string_view> query = queryOfOurPath(hash);
  if (!query) return route;

  std::string from;
  std::string to;
  for (auto& [key, value] : parseQueryString(*query)) {
    if (key == "period") {
      route.period = presetFromKey(value).value_or(DatePreset::All);
    } else if (key == "from") {
      from = parseIsoDate(value) ? std::move(value) : std::string();
    } else if (key == "to") {
      to = parseIsoDate(value) ? std::move(value) : std::string();
    } else if (key == "status") {
      route.status = validStatus(value) ? std::move(value) : std::string();
    } else if (key == "paging") {
      route.serverPages = value == "server";
    } else if (key == "q") {
      route.search = validSearch(value) ? std::move(value) : std::string();
    } else if (key == "order") {
      route.order = parseSortSpec(value) ? std::move(value) : std::string();
    } else if (key == "group") {
      route.group = parseGroupBy(value) ? std::move(value) : std::string();
    } else if (key == "lens") {
      route.lens = value == "hours" || value == "days" ? std::move(value) : std::string();
    } else if (key == "day") {
      route.hoursPerDay = boundedInt(value, 1, kMaxHoursPerDay).value_or(0);
    } else if (key == "sort") {
      route.sort = oneOf(value, kServerSorts) ? std::move(value) : std::string();
    } else if (key == "csort") {
      route.clientSort = oneOf(value, kClientSorts) ? std::move(value) : std::string();
    } else if (key == "page") {
      route.page = boundedInt(value, 1, kMaxPage).value_or(1);
    } else if (key == "per_page") {
      route.perPage = boundedInt(value, 1, kMaxPerPage).value_or(0);
    } else if (key == "open") {
      route.openId = validOpenId(value) ? std::move(value) : std::string();
    }
  }
  if (route.period == DatePreset::Custom) {
    route.from = std::move(from);
    route.to = std::move(to);
  }
  return route;
}

}  // namespace fiche::core
