// core/util: application/x-www-form-urlencoded query strings, decoded into key/value pairs.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace fiche::core {

// Replaces each "%XX" (two hex digits, either case) with that byte; a '%' not followed by two
// hex digits is kept as it is. With plusIsSpace a '+' becomes ' ' ("%2B" still gives '+').
// The result is bytes: it is not checked to be UTF-8. Never fails.
std::string percentDecode(std::string_view text, bool plusIsSpace);

// "?a=1&b=x+y" or "a=1&b=x+y" -> {{"a","1"},{"b","x y"}}, in order, duplicates kept.
// Pairs split on '&' and at the first '='; a pair without '=' has an empty value; empty pairs
// ("a=1&&b") are skipped. Keys and values are decoded with percentDecode(..., true).
// Only one leading '?' is dropped. Never fails.
std::vector<std::pair<std::string, std::string>> parseQueryString(std::string_view text);

}  // namespace fiche::core
