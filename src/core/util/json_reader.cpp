// core/util: no-throw JSON helpers; nesting pre-check, string/number coercions.
#include "core/util/json_reader.hpp"

#include <charconv>
#include <cmath>
#include <limits>

namespace fiche::core {
namespace {

using nlohmann::json;

// A linear scan, before nlohmann sees the text: rejecting deep input up front means nothing
// downstream (DOM building, destruction, dump) ever meets it, whatever it does recursively.
bool nestingWithin(std::string_view text, int maxDepth) {
  int depth = 0;
  bool inString = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (inString) {
      if (c == '\\') {
        ++i;  // skip the escaped character, which may be a quote
      } else if (c == '"') {
        inString = false;
      }
      continue;
    }
    if (c == '"') {
      inString = true;
    } else if (c == '[' || c == '{') {
      if (++depth > maxDepth) return false;
    } else if (c == ']' || c == '}') {
      --depth;  // unbalanced input is the parser's to reject
    }
  }
  return true;
}

constexpr double kTwoPow63 = 9223372036854775808.0;

std::optional<std::int64_t> int64FromDouble(double d) {
  if (!std::isfinite(d)) return std::nullopt;
  const double f = std::floor(d);
  if (f < -kTwoPow63 || f >= kTwoPow63) return std::nullopt;
  return static_cast<std::int64_t>(f);
}

bool isBlank(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// "[-+]digits[.digits]" with optional blanks around; the fraction is rounded down.
std::optional<std::int64_t> int64FromText(std::string_view s) {
  while (!s.empty() && isBlank(s.front())) s.remove_prefix(1);
  while (!s.empty() && isBlank(s.back())) s.remove_suffix(1);
  if (!s.empty() && s.front() == '+') s.remove_prefix(1);
  const bool negative = !s.empty() && s.front() == '-';
  if (negative) s.remove_prefix(1);
  const std::size_t dot = s.find('.');
  const std::string_view whole = s.substr(0, dot);
  const std::string_view fraction = dot == std::string_view::npos ? "" : s.substr(dot + 1);
  if (whole.empty() || (dot != std::string_view::npos && fraction.empty())) return std::nullopt;
  bool fractionNonZero = false;
  for (const char c : fraction) {
    if (c < '0' || c > '9') return std::nullopt;
    fractionNonZero = fractionNonZero || c != '0';
  }
  std::uint64_t magnitude = 0;
  const auto [end, ec] = std::from_chars(whole.data(), whole.data() + whole.size(), magnitude);
  if (ec != std::errc{} || end != whole.data() + whole.size()) return std::nullopt;
  constexpr std::uint64_t kMaxPositive = std::numeric_limits<std::int64_t>::max();
  if (!negative) {
    if (magnitude > kMaxPositive) return std::nullopt;
    return static_cast<std::int64_t>(magnitude);
  }
  // Rounding down moves a negative value away from zero.
  if (fractionNonZero) {
    if (magnitude > kMaxPositive) return std::nullopt;
    ++magnitude;
  }
  if (magnitude > kMaxPositive + 1) return std::nullopt;
  if (magnitude == kMaxPositive + 1) return std::numeric_limits<std::int64_t>::min();
  return -static_cast<std::int64_t>(magnitude);
}

}  // namespace

std::optional<json> parseJson(std::string_view text) {
  if (!nestingWithin(text, kMaxJsonDepth)) return std::nullopt;
  json value = json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
  if (value.is_discarded()) return std::nullopt;
  return value;
}

const json* optMember(const json& obj, std::string_view key) {
  if (!obj.is_object()) return nullptr;
  const auto it = obj.find(key);
  if (it == obj.end()) return nullptr;
  return &*it;
}

std::optional<std::string> asString(const json& value) {
  if (value.is_string()) return value.get_ref<const std::string&>();
  if (value.is_number_integer() || value.is_number_unsigned()) return value.dump();
  if (value.is_number_float()) {
    const double d = value.get<double>();
    if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < kTwoPow63) {
      return std::to_string(static_cast<std::int64_t>(d));
    }
    return value.dump();
  }
  return std::nullopt;
}

std::optional<std::int64_t> asInt64(const json& value) {
  if (value.is_number_unsigned()) {
    const auto u = value.get<std::uint64_t>();
    if (u > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
      return std::nullopt;
    }
    return static_cast<std::int64_t>(u);
  }
  if (value.is_number_integer()) return value.get<std::int64_t>();
  if (value.is_number_float()) return int64FromDouble(value.get<double>());
  if (value.is_string()) return int64FromText(value.get_ref<const std::string&>());
  return std::nullopt;
}

std::optional<std::string> optString(const json& obj, std::string_view key) {
  const json* member = optMember(obj, key);
  if (member == nullptr) return std::nullopt;
  return asString(*member);
}

std::optional<std::int64_t> optInt64(const json& obj, std::string_view key) {
  const json* member = optMember(obj, key);
  if (member == nullptr) return std::nullopt;
  return asInt64(*member);
}

std::optional<int> optInt(const json& obj, std::string_view key) {
  const auto v = optInt64(obj, key);
  if (!v || *v < std::numeric_limits<int>::min() || *v > std::numeric_limits<int>::max()) {
    return std::nullopt;
  }
  return static_cast<int>(*v);
}

const json* optObject(const json& obj, std::string_view key) {
  const json* member = optMember(obj, key);
  return member != nullptr && member->is_object() ? member : nullptr;
}

const json* optArray(const json& obj, std::string_view key) {
  const json* member = optMember(obj, key);
  return member != nullptr && member->is_array() ? member : nullptr;
}

}  // namespace fiche::core
