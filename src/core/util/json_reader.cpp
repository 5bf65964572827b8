// core/util: no-throw JSON helpers; nesting and text repair pre-pass, string/number coercions.
#include "core/util/json_reader.hpp"

#include <charconv>
#include <cmath>
#include <limits>
#include <vector>

#include "core/util/utf8.hpp"

namespace fiche::core {
namespace {

using nlohmann::json;

int hexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The code unit of the "\uXXXX" escape at text[i] (the backslash), or -1 when there is none.
int escapedCodeUnit(std::string_view text, std::size_t i) {
  if (i >= text.size() || text.size() - i < 6 || text[i] != '\\' || text[i + 1] != 'u') return -1;
  int unit = 0;
  for (std::size_t k = i + 2; k < i + 6; ++k) {
    const int digit = hexDigit(text[k]);
    if (digit < 0) return -1;
    unit = unit * 16 + digit;
  }
  return unit;
}

bool isHighSurrogate(int unit) {
  return unit >= 0xD800 && unit <= 0xDBFF;
}

bool isLowSurrogate(int unit) {
  return unit >= 0xDC00 && unit <= 0xDFFF;
}

// What the pre-parse scan found. loneSurrogates: positions of "\uXXXX" escapes (inside
// strings) of surrogates that do not form a pair.
struct Scan {
  bool tooDeep = false;
  std::vector<std::size_t> loneSurrogates{};
};

// A linear scan, before nlohmann sees the text: rejecting deep input up front means nothing
// downstream (DOM building, destruction, dump) ever meets it, whatever it does recursively.
Scan scan(std::string_view text, int maxDepth) {
  Scan result;
  int depth = 0;
  bool inString = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (inString) {
      if (c == '\\') {
        const int unit = escapedCodeUnit(text, i);
        if (isHighSurrogate(unit) && isLowSurrogate(escapedCodeUnit(text, i + 6))) {
          i += 11;  // a well-formed pair
        } else if (isHighSurrogate(unit) || isLowSurrogate(unit)) {
          result.loneSurrogates.push_back(i);
          i += 5;
        } else {
          ++i;  // skip the escaped character, which may be a quote
        }
      } else if (c == '"') {
        inString = false;
      }
      continue;
    }
    if (c == '"') {
      inString = true;
    } else if (c == '[' || c == '{') {
      if (++depth > maxDepth) {
        result.tooDeep = true;
        return result;
      }
    } else if (c == ']' || c == '}') {
      --depth;  // unbalanced input is the parser's to reject
    }
  }
  return result;
}

// text with the six-byte escapes at `positions` (ascending) replaced by "\ufffd".
std::string replaceEscapes(std::string_view text, const std::vector<std::size_t>& positions) {
  std::string out;
  out.reserve(text.size());
  std::size_t from = 0;
  for (const std::size_t at : positions) {
    out.append(text.substr(from, at - from));
    out.append("\\ufffd");
    from = at + 6;
  }
  out.append(text.substr(from));
  return out;
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
  std::string repaired;
  if (!isValidUtf8(text)) {
    repaired = repairUtf8(text);
    text = repaired;
  }
  const Scan found = scan(text, kMaxJsonDepth);
  if (found.tooDeep) return std::nullopt;
  std::string escaped;
  if (!found.loneSurrogates.empty()) {
    escaped = replaceEscapes(text, found.loneSurrogates);
    text = escaped;
  }
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
